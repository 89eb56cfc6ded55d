import AssessmentInput
import Diagnostics
import Dossier
import FuzzSupport

/// libFuzzer entry point for the data loaders: the input, read as UTF-8, goes through
/// `AssessmentLoader().parse(text:file:)` (YAML → validated assessment, every problem collected)
/// and through `TemplateData.parse` (the data of `hoso fill`).
@_cdecl("LLVMFuzzerTestOneInput")
package func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    FuzzDataDriver.load(text)
    return 0
}

/// `fuzz` as a C function pointer, for `main.swift` (taken here: a reference from another file
/// would emit a second copy of the `@_cdecl` symbol).
let testOneInput: FuzzCallback = fuzz

/// The work behind `fuzz`, outside the C entry point.
enum FuzzDataDriver {
    /// One loader for the whole run (its rubric catalogue is looked up once).
    static let loader = AssessmentLoader()

    /// Loads `text` both ways; every rendered message is built, as the CLI would print it.
    static func load(_ text: String) {
        let result = loader.parse(text: text, file: "fuzz.yaml")
        for diagnostic in result.diagnostics {
            _ = diagnostic.rendered(in: .vi)
        }
        _ = try? TemplateData.parse(text, file: "fuzz.yaml")
    }
}
