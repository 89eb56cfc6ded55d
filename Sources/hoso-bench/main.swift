// The benchmark driver of `make bench`: renders the templates of Fixtures/bench with hoso and
// with docxtpl, each in its own process (so peak memory is that document's), and prints a table.
// Each template folder is packed into a .docx once; both engines read that file into memory
// once, then each timed run does the whole job: unzip, parse the template, render, zip to memory.
//
//   hoso-bench [--python PATH] [--fixtures DIR] [--quick]
//   hoso-bench --child TEMPLATE.docx DATA RUNS (one measurement, printed as JSON)
//   hoso-bench --dossier DATA RUNS             (a whole dossier: load, every form, Ho-so.docx)
//   hoso-bench --phases TEMPLATE.docx DATA RUNS (the full run's median split by stage)
//   hoso-bench --renderers RUNS TEMPLATE DATA … [--dossier DATA]
//                                              (the tree renderer against the byte-code one)
import Diagnostics
import DocxTemplate
import Dossier
import Foundation
import OOXML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One benchmark document.
struct BenchDocument {
    var title: String
    var template: String
    var data: String
    var runs: Int
    var rows: Int
}

/// Timings a child process reports.
struct Measurement: Decodable {
    var median_ms: Double
    var min_ms: Double
    var peak_mb: Double
    var cached_ms: Double?

    /// The medians of several rounds' medians, the least minimum and the largest peak; nil for none.
    init?(combining rounds: [Measurement]) {
        guard !rounds.isEmpty else { return nil }
        median_ms = median(rounds.map(\.median_ms))
        min_ms = rounds.map(\.min_ms).min()!
        peak_mb = rounds.map(\.peak_mb).max()!
        let cached = rounds.compactMap(\.cached_ms)
        cached_ms = cached.isEmpty ? nil : median(cached)
    }
}

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func peakMegabytes() -> Double {
    var usage = rusage()
    #if canImport(Darwin)
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / 1_048_576
    #else
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
    #endif
}

/// `--child`: full runs (open, parse, render, zip) and render-only runs with the template cached.
/// The template is a `.docx` read into memory once, as docxtpl_bench.py reads it: each run then
/// does what docxtpl's does — unzip, parse, render, zip to memory.
func child(template: String, data: String, runs: Int) throws {
    let context = try TemplateData.load(from: URL(fileURLWithPath: data))
    let docx = [UInt8](try Data(contentsOf: URL(fileURLWithPath: template)))
    var full: [Double] = []
    for _ in 0..<runs {
        full.append(
            try milliseconds {
                let package = try OOXMLPackage.open(docx: docx, name: template)
                let parsed = try Template(package: package, name: template)
                _ = try parsed.render(context).docxData()
            })
    }
    let parsed = try Template(package: OOXMLPackage.open(docx: docx, name: template), name: template)
    var cached: [Double] = []
    for _ in 0..<runs {
        cached.append(try milliseconds { _ = try parsed.render(context).docxData() })
    }
    print(#"{"median_ms": \#(median(full)), "min_ms": \#(full.min() ?? 0), "cached_ms": \#(median(cached)), "peak_mb": \#(peakMegabytes())}"#)
}

/// `--phases`: the full runs of `--child`, each stage timed on its own — unzip, compile (parse
/// and tags), render, zip — and the median of each printed, to see where a run's time goes.
func phases(template: String, data: String, runs: Int) throws {
    let context = try TemplateData.load(from: URL(fileURLWithPath: data))
    let docx = [UInt8](try Data(contentsOf: URL(fileURLWithPath: template)))
    var times: [[Double]] = Array(repeating: [], count: 5)
    for _ in 0..<runs {
        var package: OOXMLPackage?
        var parsed: Template?
        var rendered: OOXMLPackage?
        let open = try milliseconds { package = try OOXMLPackage.open(docx: docx, name: template) }
        let compile = try milliseconds { parsed = try Template(package: package!, name: template) }
        let render = try milliseconds { rendered = try parsed!.render(context) }
        let zip = try milliseconds { _ = try rendered!.docxData() }
        let free = milliseconds { (package, parsed, rendered) = (nil, nil, nil) }
        for (index, time) in [open, compile, render, zip, free].enumerated() { times[index].append(time) }
    }
    let names = ["unzip", "compile", "render", "zip", "free"]
    let total = (0..<runs).map { run in times.reduce(0) { $0 + $1[run] } }
    print(
        (zip(names, times).map { "\($0) \(format(median($1) * 1000, 0)) µs" } + ["total \(format(median(total) * 1000, 0)) µs"])
            .joined(separator: "  "))
}

/// `--compare TEMPLATE DATA [--undefined-empty]`: the template rendered by the default renderers
/// and by the tree renderer alone (which compiles every part on its libxml2 tree); prints which
/// parts were compiled from their bytes and "same", or the first part and byte that differ (exit 1).
/// Both failing alike (the same messages) counts as the same; a template or data that cannot be
/// read at all exits 2.
func compare(template: String, data: String, undefinedEmpty: Bool) throws {
    let context: TemplateValue
    let parsed: Template
    do {
        context = try TemplateData.load(from: URL(fileURLWithPath: data))
        parsed = try Template(package: OOXMLPackage.open(at: URL(fileURLWithPath: template)), name: template)
    } catch {
        // Not a difference: nothing to compare (exit 2, as a usage problem).
        print("cannot compare: \(error.rendered(in: .en))")
        exit(2)
    }
    print("compiled from bytes: \(parsed.partsCompiledFromSource.joined(separator: ", "))")
    var outputs: [Result<OOXMLPackage, DiagnosticError>] = []
    for renderers in [Template.Renderers.fastest, .treesOnly] {
        do {
            outputs.append(.success(try parsed.render(context, undefined: undefinedEmpty ? .empty : .error, renderers: renderers)))
        } catch {
            outputs.append(.failure(error))
        }
    }
    switch (outputs[0], outputs[1]) {
    case (.success(let fast), .success(let trees)):
        for name in Set(fast.partNames + trees.partNames).sorted() where fast.part(name) != trees.part(name) {
            let (a, b) = (fast.part(name) ?? [], trees.part(name) ?? [])
            let at = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            print("differs: \(name) at byte \(at)")
            exit(1)
        }
        print("same")
    case (.failure(let fast), .failure(let trees)):
        let (a, b) = (fast.rendered(in: .en), trees.rendered(in: .en))
        print(a == b ? "same (both fail: \(a))" : "differs: the failures\n\(a)\n---\n\(b)")
        if a != b { exit(1) }
    default:
        print("differs: one renderer fails")
        exit(1)
    }
}

/// `--dossier`: a whole dossier per run, as `hoso render` makes it: the data file loaded and
/// validated, every form of its regime rendered to `.docx` bytes, then all bound into `Ho-so.docx`.
/// Prints nothing (and exits 1) when the forms cannot be rendered yet.
func dossier(data: String, runs: Int) throws {
    let pipeline = try DossierPipeline(formsRoot: try FormCatalog.locate(), checking: false)
    var times: [Double] = []
    for _ in 0..<runs {
        times.append(
            try milliseconds {
                let dossier = try pipeline.run(DossierRequest(input: .file(path: data)))
                guard dossier.book != nil else { throw DossierBenchUnavailable() }
            })
    }
    print(#"{"median_ms": \#(median(times)), "min_ms": \#(times.min() ?? 0), "peak_mb": \#(peakMegabytes())}"#)
}

/// `--renderers`: each template (parsed once) rendered and zipped to memory, and a whole dossier,
/// by the tree renderer only and by the byte-code renderer where it applies, interleaved run by
/// run (the order swapped every run) so both see the same machine load. Prints, per input and
/// renderer, the median, the fastest and slowest run and the ratio of medians.
func renderers(runs: Int, inputs: [(template: String?, data: String)]) throws {
    print("input                   renderer   median ms   min ms   max ms   tree/bytes")
    for input in inputs {
        var times: [Bool: [Double]] = [true: [], false: []]
        let job: (Template.Renderers) throws -> Void
        if let template = input.template {
            let context = try TemplateData.load(from: URL(fileURLWithPath: input.data))
            let parsed = try Template(package: OOXMLPackage.open(at: URL(fileURLWithPath: template)), name: template)
            job = { renderers in _ = try parsed.render(context, renderers: renderers).docxData() }
        } else {
            let pipeline = try DossierPipeline(formsRoot: try FormCatalog.locate(), checking: false)
            let data = input.data
            job = { renderers in
                var request = DossierRequest(input: .file(path: data))
                request.renderers = renderers
                let dossier = try pipeline.run(request)
                guard dossier.book != nil else { throw DossierBenchUnavailable() }
            }
        }
        // One warm-up run each.
        for trees in [true, false] { try job(trees ? .treesOnly : .fastest) }
        for run in 0..<runs {
            for trees in run % 2 == 0 ? [true, false] : [false, true] {
                times[trees]!.append(try milliseconds { try job(trees ? .treesOnly : .fastest) })
            }
        }
        let name =
            input.template.map { URL(fileURLWithPath: $0).lastPathComponent + " " + URL(fileURLWithPath: input.data).lastPathComponent }
            ?? "dossier " + URL(fileURLWithPath: input.data).lastPathComponent
        let ratio = median(times[true]!) / median(times[false]!)
        for trees in [true, false] {
            let values = times[trees]!
            print(
                pad(String(name.prefix(23)), 23), pad(trees ? "tree" : "bytes", 9), pad(format(median(values), 2), 11, left: true),
                pad(format(values.min()!, 2), 8, left: true), pad(format(values.max()!, 2), 8, left: true),
                trees ? pad(format(ratio, 2), 12, left: true) : "")
        }
    }
}

/// The catalog has no form for the data's regime (the forms are not in place yet).
struct DossierBenchUnavailable: Error {}

/// Wall-clock milliseconds of `arguments` run as a process to its end; nil when it fails. Spawned
/// and reaped directly (`posix_spawn`, `waitpid`): Foundation's `Process.waitUntilExit` polls its
/// run loop every 50 ms on Linux, which put a 50 ms floor under every process measured.
func processMilliseconds(_ arguments: [String]) -> Double? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    var status: Int32 = 0
    let time = milliseconds {
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else {
            pid = 0
            return
        }
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    }
    // Exited normally (low 7 bits 0) with status 0.
    return pid != 0 && status & 0x7f == 0 && (status >> 8) & 0xff == 0 ? time : nil
}

/// Runs `arguments` and decodes the JSON line it prints.
func measure(_ arguments: [String], quietly: Bool = false) -> Measurement? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: arguments[0])
    process.arguments = Array(arguments.dropFirst())
    let pipe = Pipe()
    process.standardOutput = pipe
    if quietly { process.standardError = FileHandle.nullDevice }
    do { try process.run() } catch {
        FileHandle.standardError.write(Data("hoso-bench: cannot run \(arguments[0]): \(error)\n".utf8))
        return nil
    }
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0, let line = String(decoding: output, as: UTF8.self).split(separator: "\n").last else {
        if quietly { return nil }
        FileHandle.standardError.write(Data("hoso-bench: \(arguments.joined(separator: " ")) failed\n".utf8))
        return nil
    }
    return try? JSONDecoder().decode(Measurement.self, from: Data(line.utf8))
}

func format(_ value: Double?, _ digits: Int = 1) -> String {
    guard let value else { return "—" }
    return String(format: "%.\(digits)f", value)
}

func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return left ? text + padding : padding + text
}

func main() throws {
    var arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "--child", arguments.count == 4, let runs = Int(arguments[3]) {
        try child(template: arguments[1], data: arguments[2], runs: runs)
        return
    }
    if arguments.first == "--renderers", arguments.count >= 2, let runs = Int(arguments[1]) {
        var rest = Array(arguments.dropFirst(2))
        var inputs: [(template: String?, data: String)] = []
        while rest.count >= 2 {
            let first = rest.removeFirst()
            inputs.append(first == "--dossier" ? (nil, rest.removeFirst()) : (first, rest.removeFirst()))
        }
        return try renderers(runs: runs, inputs: inputs)
    }
    if arguments.first == "--phases", arguments.count == 4, let runs = Int(arguments[3]) {
        try phases(template: arguments[1], data: arguments[2], runs: runs)
        return
    }
    if arguments.first == "--compare", arguments.count >= 3 {
        return try compare(template: arguments[1], data: arguments[2], undefinedEmpty: arguments.dropFirst(3).contains("--undefined-empty"))
    }
    if arguments.first == "--dossier", arguments.count == 3, let runs = Int(arguments[2]) {
        try dossier(data: arguments[1], runs: runs)
        return
    }
    var python: String?
    var fixtures = "Fixtures/bench"
    var quick = false
    while let argument = arguments.first {
        arguments.removeFirst()
        switch argument {
        case "--python": python = arguments.isEmpty ? nil : arguments.removeFirst()
        case "--fixtures": fixtures = arguments.isEmpty ? fixtures : arguments.removeFirst()
        case "--quick": quick = true
        default:
            print("usage: hoso-bench [--python PATH] [--fixtures DIR] [--quick]")
            exit(2)
        }
    }
    let documents = [
        BenchDocument(title: "letter (1 page)", template: "letter", data: "letter.json", runs: quick ? 5 : 151, rows: 0),
        BenchDocument(title: "table, 100 rows", template: "table", data: "table-100.json", runs: quick ? 5 : 101, rows: 100),
        BenchDocument(title: "table, 1,000 rows", template: "table", data: "table-1000.json", runs: quick ? 3 : 21, rows: 1000),
        BenchDocument(title: "table, 5,000 rows", template: "table", data: "table-5000.json", runs: quick ? 2 : 9, rows: 5000),
    ]
    let me = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    let script = "\(fixtures)/docxtpl_bench.py"
    print(
        pad("document", 20, left: true) + pad("hoso ms", 10) + pad("cached ms", 11) + pad("docxtpl ms", 12)
            + pad("ratio", 8) + pad("hoso MB", 9) + pad("docxtpl MB", 12))
    // Both engines start from the same .docx bytes: each template folder packed once here.
    let packed = FileManager.default.temporaryDirectory.appendingPathComponent("hoso-bench-\(getpid())")
    try FileManager.default.createDirectory(at: packed, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: packed) }
    var perRow: [(Int, Double)] = []
    for document in documents {
        let template = packed.appendingPathComponent("\(document.template).docx").path
        if !FileManager.default.fileExists(atPath: template) {
            let folder = URL(fileURLWithPath: "\(fixtures)/\(document.template)")
            try Data(OOXMLPackage.open(at: folder).docxData()).write(to: URL(fileURLWithPath: template))
        }
        let data = "\(fixtures)/\(document.data)"
        // Rounds alternate the two engines, so a passing load on the machine (a shared virtual
        // machine's speed can change by half from one second to the next) falls on both; each
        // time is the median over the rounds of each round's median, and the ratio the median
        // of each round's ratio, the two engines of a round measured seconds apart.
        var hosoRounds: [Measurement] = []
        var docxtplRounds: [Measurement] = []
        var ratios: [Double] = []
        for _ in 0..<(quick ? 1 : 5) {
            let hosoRound = measure([me, "--child", template, data, String(document.runs)])
            var docxtplRound: Measurement?
            if let python { docxtplRound = measure([python, script, template, data, String(max(3, document.runs / 3))]) }
            if let hosoRound { hosoRounds.append(hosoRound) }
            if let docxtplRound { docxtplRounds.append(docxtplRound) }
            if let hosoRound, let docxtplRound { ratios.append(docxtplRound.median_ms / hosoRound.median_ms) }
        }
        let hoso = Measurement(combining: hosoRounds)
        let docxtpl = Measurement(combining: docxtplRounds)
        let ratio = ratios.isEmpty ? nil : median(ratios)
        if let hoso, document.rows > 0 { perRow.append((document.rows, hoso.median_ms)) }
        print(
            pad(document.title, 20, left: true) + pad(format(hoso?.median_ms, 2), 10) + pad(format(hoso?.cached_ms, 2), 11)
                + pad(format(docxtpl?.median_ms), 12) + pad(ratio.map { format($0) + "×" } ?? "—", 8)
                + pad(format(hoso?.peak_mb), 9) + pad(format(docxtpl?.peak_mb), 12))
    }
    if perRow.count == 3 {
        // Linear growth: the line through 100 and 5,000 rows predicts 1,000 rows.
        let (smallRows, small) = perRow[0]
        let (middleRows, middle) = perRow[1]
        let (largeRows, large) = perRow[2]
        let slope = (large - small) / Double(largeRows - smallRows)
        let predicted = small + slope * Double(middleRows - smallRows)
        print(
            "hoso growth: \(format(slope * 1000, 2)) ms per 1,000 more rows; at \(middleRows) rows the line through "
                + "\(smallRows) and \(largeRows) rows predicts \(format(predicted, 2)) ms, measured \(format(middle, 2)) ms")
    }
    // Whole processes, as a user pays for them: `hoso fill` against docxtpl's script doing the same
    // (read the JSON, render, write the file), started alternately, the median of each.
    let hosoBinary = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("hoso").path
    if FileManager.default.isExecutableFile(atPath: hosoBinary) {
        print("whole process (started as a command, same inputs, alternating):")
        print(pad("document", 20, left: true) + pad("hoso ms", 10) + pad("docxtpl ms", 12) + pad("ratio", 8))
        for document in documents {
            let template = packed.appendingPathComponent("\(document.template).docx").path
            let data = "\(fixtures)/\(document.data)"
            let output = packed.appendingPathComponent("out.docx").path
            var hosoTimes: [Double] = []
            var docxtplTimes: [Double] = []
            let runs = quick ? 2 : max(5, min(21, document.runs / 5))
            for _ in 0..<runs {
                if let time = processMilliseconds([hosoBinary, "fill", template, data, "-o", output]) { hosoTimes.append(time) }
                if let python, let time = processMilliseconds([python, script, "--fill", template, data, output]) { docxtplTimes.append(time) }
            }
            let hoso = hosoTimes.isEmpty ? nil : median(hosoTimes)
            let docxtpl = docxtplTimes.isEmpty ? nil : median(docxtplTimes)
            let ratio = hoso.flatMap { h in docxtpl.map { $0 / h } }
            let spread = hosoTimes.isEmpty ? "" : "  (hoso \(format(hosoTimes.min(), 1))–\(format(hosoTimes.max(), 1)) ms)"
            print(
                pad(document.title, 20, left: true) + pad(format(hoso, 1), 10) + pad(format(docxtpl, 1), 12)
                    + pad(ratio.map { format($0) + "×" } ?? "—", 8) + spread)
        }
    } else {
        print("(whole process not measured: build the hoso product next to hoso-bench)")
    }
    let members = "\(fixtures)/dossier-60.yaml"
    let dossier = measure([me, "--dossier", members, quick ? "1" : "5"], quietly: true)
    print(
        pad("dossier, 60 members", 20, left: true) + pad(dossier.map { format($0.median_ms, 1) } ?? "n/a", 10)
            + (dossier == nil ? "   (the forms do not render yet)" : "   (load, every form, Ho-so.docx; hoso only)"))
    if python == nil { print("(docxtpl not measured: pass --python PATH to a Python with docxtpl installed)") }
}

ProcessTuning.readTimeZoneOnce()
ProcessTuning.preferThroughput()
do {
    try main()
} catch let error as DiagnosticError {
    FileHandle.standardError.write(Data((error.rendered(in: .en) + "\n").utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("hoso-bench: \(error)\n".utf8))
    exit(1)
}
