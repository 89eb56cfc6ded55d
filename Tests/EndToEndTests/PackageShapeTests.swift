import Foundation
import Testing

/// The package's shape as its sources show it: the command line stays a thin caller of the `Dossier`
/// facade, and every module a target imports is one Package.swift declares for it.
@Suite struct PackageShapeTests {
    /// Modules that come with the toolchain and need no declaration.
    static let toolchainModules: Set<String> = ["Foundation", "FoundationEssentials", "Glibc", "Darwin", "Dispatch", "Testing"]

    @Test func commandLineImportsOnlyTheFacade() throws {
        let allowed: Set<String> = ["ArgumentParser", "Dossier", "Diagnostics", "Foundation"]
        var found: [String] = []
        for file in try swiftFiles(in: "Sources/hoso") {
            for module in try imports(of: file) {
                // `hoso serve` starts the web application: the one place the command line needs it.
                if module == "HosoServer" && file.lastPathComponent == "ServeCommand.swift" { continue }
                if !allowed.contains(module) { found.append("\(file.lastPathComponent): import \(module)") }
            }
        }
        #expect(found == [])
    }

    @Test func everyImportedModuleIsDeclared() throws {
        let declared = try declaredDependencies()
        #expect(!declared.isEmpty)
        var undeclared: [String] = []
        for (target, dependencies) in declared.sorted(by: { $0.key < $1.key }) {
            let folder = packageRoot.appendingPathComponent(target.hasSuffix("Tests") ? "Tests" : "Sources")
                .appendingPathComponent(target)
            guard FileManager.default.fileExists(atPath: folder.path) else { continue }
            for file in try swiftFiles(in: folder.path.replacingOccurrences(of: packageRoot.path + "/", with: "")) {
                for module in try imports(of: file)
                where module != target && !dependencies.contains(module) && !Self.toolchainModules.contains(module) {
                    undeclared.append("\(target): \(module) (\(file.lastPathComponent))")
                }
            }
        }
        #expect(Array(Set(undeclared)).sorted() == [])
    }

    /// The other way round: every target of the package a target declares is imported by one of its
    /// files (a declared, unused module is a dependency the layering does not have).
    @Test func everyDeclaredTargetIsImported() throws {
        let declared = try declaredDependencies()
        var unused: [String] = []
        for (target, dependencies) in declared.sorted(by: { $0.key < $1.key }) {
            let folder = packageRoot.appendingPathComponent(target.hasSuffix("Tests") ? "Tests" : "Sources")
                .appendingPathComponent(target)
            guard FileManager.default.fileExists(atPath: folder.path) else { continue }
            var imported: Set<String> = []
            for file in try swiftFiles(in: folder.path.replacingOccurrences(of: packageRoot.path + "/", with: "")) {
                imported.formUnion(try imports(of: file))
            }
            for module in dependencies.sorted() where declared[module] != nil && !imported.contains(module) {
                unused.append("\(target): \(module)")
            }
        }
        #expect(unused == [])
    }

    /// No absolute path of a machine in the sources or the tests, and no `#filePath` in what ships:
    /// resources are found from the executable, `$HOSO_FORMS` or the package root, so neither the
    /// binary nor a test carries the folder of the machine it was built on.
    @Test func noMachinePathInTheTree() throws {
        // Built here so that this test does not find its own list.
        let machineFolders = ["work", "home", "Users", "root", "mnt", "media", "opt"].map { "/\($0)/" }
        var found: [String] = []
        for folder in ["Sources", "Tests"] {
            for file in try swiftFiles(in: folder) {
                let relative = file.path.replacingOccurrences(of: packageRoot.path + "/", with: "")
                let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                for (index, line) in lines.enumerated() {
                    if machineFolders.contains(where: { line.contains("\"" + $0) || line.contains("'" + $0) }) {
                        found.append("\(relative):\(index + 1): \(line.trimmingCharacters(in: .whitespaces))")
                    }
                    if folder == "Sources", line.contains("#filePath") || line.contains("#file)") || line.contains("#file ") {
                        found.append("\(relative):\(index + 1): \(line.trimmingCharacters(in: .whitespaces))")
                    }
                }
            }
        }
        #expect(found == [])
    }

    @Test func importReadingSeesEveryForm() throws {
        let source = """
            import A
            @preconcurrency import B
            @testable import C
            package import D
            internal import E
            import struct F.Thing
            @_spi(Benchmark) import J
            @testable @_spi(Inside) import K
            // import G
            let text = "import H"
              import I
            """
        #expect(Self.importedModules(in: source) == ["A", "B", "C", "D", "E", "F", "J", "K"])
    }

    // MARK: - Reading sources

    /// The Swift files under `relativeFolder` (recursively), sorted by path.
    func swiftFiles(in relativeFolder: String) throws -> [URL] {
        let folder = packageRoot.appendingPathComponent(relativeFolder)
        let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix(".swift") }.sorted().map { folder.appendingPathComponent($0) }
    }

    func imports(of file: URL) throws -> [String] {
        Self.importedModules(in: try String(contentsOf: file, encoding: .utf8))
    }

    /// The modules named by the import declarations at the start of a line.
    static func importedModules(in source: String) -> [String] {
        let attributes: Set<String> = [
            "@preconcurrency", "@testable", "@_exported", "@_implementationOnly",
            "public", "package", "internal", "private", "fileprivate",
        ]
        let kinds: Set<String> = ["struct", "class", "enum", "protocol", "typealias", "func", "var", "let"]
        var modules: [String] = []
        // An import declaration starts its line; an indented "import" is inside a string or a comment.
        for line in source.split(separator: "\n") where line.first.map({ !$0.isWhitespace }) ?? false {
            var words = line.split(separator: " ").map(String.init)
            // Any attribute (`@_spi(Benchmark)`, `@testable`) and access level before `import`.
            while let first = words.first, attributes.contains(first) || first.hasPrefix("@") { words.removeFirst() }
            guard words.first == "import", words.count >= 2 else { continue }
            let path = kinds.contains(words[1]) && words.count >= 3 ? words[2] : words[1]
            if let module = path.split(separator: ".").first { modules.append(String(module)) }
        }
        return modules
    }

    /// Each target's name and the modules its `dependencies:` list names (targets and products).
    func declaredDependencies() throws -> [String: Set<String>] {
        let manifest = try String(contentsOf: packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        let starts = [".target(", ".executableTarget(", ".testTarget(", ".systemLibrary("]
        var result: [String: Set<String>] = [:]
        var rest = manifest[...]
        while let start = starts.compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            rest = rest[start.upperBound...]
            let end = starts.compactMap { rest.range(of: $0)?.lowerBound }.min() ?? rest.endIndex
            let declaration = rest[..<end]
            guard let name = Self.quoted(after: "name:", in: declaration) else { continue }
            var dependencies: Set<String> = []
            if let list = declaration.range(of: "dependencies:") {
                let tail = declaration[list.upperBound...]
                var depth = 0
                var body = ""
                for character in tail {
                    if character == "[" { depth += 1 }
                    if character == "]" { depth -= 1; if depth == 0 { break } }
                    if depth > 0 { body.append(character) }
                }
                dependencies = Set(
                    body.split(separator: "\"", omittingEmptySubsequences: false)
                        .enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) })
            }
            result[name] = dependencies
        }
        return result
    }

    static func quoted(after label: String, in text: Substring) -> String? {
        guard let range = text.range(of: label) else { return nil }
        let parts = text[range.upperBound...].split(separator: "\"", maxSplits: 2, omittingEmptySubsequences: false)
        return parts.count >= 3 ? String(parts[1]) : nil
    }
}
