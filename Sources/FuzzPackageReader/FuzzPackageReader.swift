import DocxTemplate
import Foundation
import FuzzSupport
import OOXML

/// libFuzzer entry point for the package reader: the input is a `.docx` held in memory, opened with
/// `OOXMLPackage.open(docx:name:)` (zip, part names, limits), written back, validated as
/// `hoso validate` does (parts read as streams against the ISO/IEC 29500 schemas, Word's rules),
/// then compiled as a template (content types, relationships, every content part, every tag) and
/// rendered.
@_cdecl("LLVMFuzzerTestOneInput")
package func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzPackageDriver.open(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// `fuzz` as a C function pointer, for `main.swift` (taken here: a reference from another file
/// would emit a second copy of the `@_cdecl` symbol).
let testOneInput: FuzzCallback = fuzz

/// The work behind `fuzz`, outside the C entry point.
enum FuzzPackageDriver {
    /// The validator, its schemas compiled once (`Forms/schemas` beside the executable, or `$HOSO_FORMS`). libFuzzer calls
    /// the target from one thread only.
    nonisolated(unsafe) static let validator: PackageValidator? = {
        guard let forms = FuzzerEntry.formsFolder else { return nil }
        return try? PackageValidator(schemaDirectory: forms.appendingPathComponent("schemas"))
    }()

    /// Opens, re-archives, validates, compiles and renders `bytes`; every failure must be a
    /// thrown diagnostic or a reported problem.
    static func open(_ bytes: [UInt8]) {
        guard let package = try? OOXMLPackage.open(docx: bytes, name: "fuzz.docx") else { return }
        _ = try? package.docxData()
        _ = validator?.validate(package)
        guard let template = try? Template(package: package, name: "fuzz.docx") else { return }
        _ = template.variables
        _ = try? template.render(["unit": ["name": "An Sơn"], "members": [["name": "Nguyễn Văn A"]]])
    }
}
