package import Diagnostics
import XMLCore

/// The text of a rendered document's body rewritten run by run: how the words of a dossier form that
/// a line must not split ("học tập", "năm 2023", "(10 điểm)") get their no-break spaces in the form's
/// own wording as in the data it prints. Words split across runs are left as they are.
package enum TextRuns {
    /// `package` with `transform` applied to the text of every run (`w:t`) of its main document
    /// part; `package` itself when nothing changes, or when the part is larger than
    /// `ColumnFit.largestFittedPart` (parsing it again would double a huge table's memory).
    package static func rewritten(
        _ package: OOXMLPackage, _ transform: (String) -> String
    ) throws(DiagnosticError) -> OOXMLPackage {
        let main = try package.mainDocumentPart()
        guard let bytes = package.part(main), bytes.count <= ColumnFit.largestFittedPart else { return package }
        let document = try package.xmlPart(main)
        guard let root = document.root else { return package }
        var changed = false
        for run in root.descendants("t", namespace: Namespace.w) {
            let text = run.textContent
            let rewritten = transform(text)
            guard rewritten != text else { continue }
            run.setText(rewritten)
            changed = true
        }
        guard changed else { return package }
        var result = package
        result.setPart(main, document.serialized())
        return result
    }
}
