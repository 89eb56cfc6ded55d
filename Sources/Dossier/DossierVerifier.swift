import Assessment
import Diagnostics
import Foundation
import OOXML

/// Checks that files are exactly what hoso produced: re-renders each DOCX from the data embedded in
/// it and compares part by part; checks folders and archives against their manifests.
public struct DossierVerifier {
    /// The shipped forms to re-render with.
    public let catalog: FormCatalog
    /// Forms a school used instead of the shipped ones, by id (`--form`).
    public var customForms: [String: OOXMLPackage]

    /// A verifier over `catalog`.
    public init(catalog: FormCatalog, customForms: [String: OOXMLPackage] = [:]) {
        self.catalog = catalog
        self.customForms = customForms
    }

    /// The verdict on a DOCX's bytes; `name` names it in the result.
    public func verify(docx bytes: [UInt8], name: String) -> Verification {
        let package: OOXMLPackage
        do {
            package = try OOXMLPackage.open(docx: bytes, name: name)
        } catch {
            return Verification(file: name, verdict: .cannotReproduce(Self.messages(error.diagnostics, rendered: false)))
        }
        guard let provenance = Provenance.read(from: package) else {
            return Verification(file: name, verdict: .noProvenance)
        }
        guard provenance.isConsistent else {
            return Verification(file: name, verdict: .changed(parts: [Provenance.partName]))
        }
        do {
            let expected = try reproduce(provenance)
            return Verification(file: name, verdict: Self.compare(package, expected))
        } catch let error as DossierError {
            return Verification(file: name, verdict: .cannotReproduce(LocalizedText(vi: error.message(in: .vi), en: error.message(in: .en))))
        } catch let error as DiagnosticError {
            return Verification(file: name, verdict: .cannotReproduce(Self.messages(error.diagnostics, rendered: true)))
        } catch {
            return Verification(file: name, verdict: .cannotReproduce(LocalizedText(vi: String(describing: error), en: String(describing: error))))
        }
    }

    /// Every file of a path: a `.docx`, a folder written by `hoso render` (checked against its
    /// `manifest.json`), or an archive written by `hoso archive` (checked against `archive.json`).
    public func verify(path: URL) -> [Verification] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory) else {
            return [Verification(file: path.path, verdict: .missing)]
        }
        if isDirectory.boolValue { return verify(folder: path) }
        let bytes = Array((try? Data(contentsOf: path)) ?? Data())
        if path.pathExtension.lowercased() == "zip" { return verify(archive: bytes, name: path.path) }
        return [verify(docx: bytes, name: path.path)]
    }

    /// A rendered folder: every file listed in `manifest.json` has its sum, every DOCX re-renders
    /// the same; DOCX files the manifest does not list are checked by their provenance alone.
    public func verify(folder: URL) -> [Verification] {
        var files: [(name: String, bytes: [UInt8]?)] = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") && name != "manifest.json" {
            files.append((name, (try? Data(contentsOf: folder.appendingPathComponent(name))).map(Array.init)))
        }
        let manifest = (try? Data(contentsOf: folder.appendingPathComponent("manifest.json")))
            .flatMap { try? JSONDecoder().decode(Manifest.self, from: $0) }
        return check(files, against: manifest?.files, prefix: folder.path + "/")
    }

    /// An archive's bytes: `archive.json` lists every entry with its sum.
    public func verify(archive bytes: [UInt8], name: String) -> [Verification] {
        // The archive is read with the same limits and entry-name checks as any package.
        let limits = PackageLimits(maxEntryCount: 10_000, maxTotalUncompressedSize: 4 << 30,
                                   maxCompressionRatio: 500, ratioThreshold: 1 << 20)
        let archive: OOXMLPackage
        do {
            archive = try OOXMLPackage.open(docx: bytes, name: name, limits: limits)
        } catch {
            return [Verification(file: name, verdict: .cannotReproduce(Self.messages(error.diagnostics, rendered: false)))]
        }
        guard let listing = archive.part(DossierArchive.manifestName),
              let contents = try? JSONDecoder().decode(DossierArchive.Contents.self, from: Data(listing)) else {
            return [Verification(file: name, verdict: .noProvenance)]
        }
        let files = archive.partNames.filter { $0 != DossierArchive.manifestName }.map { ($0, archive.part($0)) }
        return check(files, against: contents.entries, prefix: name + ":")
    }

    /// Diagnostics as one message in each language: their messages alone (the file is named
    /// already), or rendered with their locations.
    private static func messages(_ diagnostics: [Diagnostic], rendered: Bool) -> LocalizedText {
        func text(_ language: Language) -> String {
            diagnostics.map { rendered ? $0.rendered(in: language) : $0.message.text(in: language) }.joined(separator: "; ")
        }
        return LocalizedText(vi: text(.vi), en: text(.en))
    }

    /// Sums against `listed` (when there is a listing), then every DOCX re-rendered.
    private func check(_ files: [(name: String, bytes: [UInt8]?)], against listed: [Manifest.Entry]?, prefix: String) -> [Verification] {
        var results: [Verification] = []
        var present: [String: [UInt8]] = [:]
        for file in files { if let bytes = file.bytes { present[file.name] = bytes } }
        for entry in listed ?? [] {
            guard let bytes = present.removeValue(forKey: entry.name) else {
                results.append(Verification(file: prefix + entry.name, verdict: .missing))
                continue
            }
            let actual = Manifest.sha256(bytes)
            if actual != entry.sha256 {
                // A changed DOCX: say which parts changed when a re-render can tell.
                let rerendered = entry.name.hasSuffix(".docx") ? verify(docx: bytes, name: prefix + entry.name) : nil
                if let rerendered, case .changed = rerendered.verdict {
                    results.append(rerendered)
                } else {
                    results.append(Verification(file: prefix + entry.name, verdict: .sumMismatch(expected: entry.sha256, actual: actual)))
                }
            } else if entry.name.hasSuffix(".docx") {
                results.append(verify(docx: bytes, name: prefix + entry.name))
            } else {
                results.append(Verification(file: prefix + entry.name, verdict: .sumMatches))
            }
        }
        // Files nobody listed: a DOCX is still checked against its own provenance.
        for (name, bytes) in present.sorted(by: { $0.key < $1.key }) {
            if name.hasSuffix(".docx") {
                results.append(verify(docx: bytes, name: prefix + name))
            } else if listed != nil {
                results.append(Verification(file: prefix + name, verdict: .cannotReproduce(LocalizedText(vi: "không có trong bản kê", en: "not in the manifest"))))
            }
        }
        return results
    }

    /// What hoso produces from `provenance`'s data with these forms.
    func reproduce(_ provenance: Provenance) throws -> OOXMLPackage {
        let loaded = try provenance.source.reload()
        guard let assessment = loaded.assessment else {
            throw DiagnosticError(loaded.diagnostics)
        }
        let regime = assessment.regime.rawValue
        let all = catalog.forms(for: regime)
        let renderer = DossierRenderer(catalog: catalog, customForms: customForms)
        var forms: [FormDescriptor] = []
        for stamp in provenance.forms {
            guard let form = all.first(where: { $0.id == stamp.id }) else {
                throw DossierError.unknownForm(stamp.id, known: all.map(\.id))
            }
            let fingerprint = Provenance.fingerprint(of: try renderer.templatePackage(for: form))
            guard fingerprint == stamp.sha256 else {
                throw DossierError.formChanged(stamp.id, recordedBy: provenance.tool)
            }
            forms.append(form)
        }
        let context = DossierContext(assessment, forms: all)
        let documents = try renderer.render(forms, context: context, source: provenance.source)
        if provenance.forms.count == 1, let only = documents.first {
            return only.package
        }
        let book = try renderer.bind(documents, title: DossierWriter.bookTitle(assessment), source: provenance.source)
        return try OOXMLPackage.open(docx: book, name: "Ho-so.docx")
    }

    /// `.unchanged`, or the parts that differ (present in one only, or with other bytes).
    static func compare(_ actual: OOXMLPackage, _ expected: OOXMLPackage) -> Verification.Verdict {
        let names = Set(actual.partNames).union(expected.partNames).sorted()
        let differing = names.filter { actual.part($0) != expected.part($0) }
        return differing.isEmpty ? .unchanged : .changed(parts: differing)
    }
}
