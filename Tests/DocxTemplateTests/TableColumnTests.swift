import Diagnostics
import Foundation
import OOXML
import Testing
import XMLCore

@testable import DocxTemplate

/// docxtpl's table-column syntax: `{%tc for %}` column loops, `{% colspan %}`, `{% hm %}`,
/// `{% vm %}`, `{% cellbg %}`, and the grid recomputed as docxtpl's `fix_tables` does.
@Suite struct TableColumnTests {
    private func render(_ body: String, _ context: TemplateValue) throws -> OOXMLPackage {
        let template = try Template(package: TestPackage.make(body: body), name: "t")
        let bytes = try template.render(context, forcingTrees: false)
        let trees = try template.render(context, forcingTrees: true)
        #expect(bytes.part("word/document.xml") == trees.part("word/document.xml"))
        #expect(template.check(against: context).isEmpty)
        return bytes
    }

    private func errors(_ body: String, _ context: TemplateValue = [:]) -> [String] {
        do {
            let template = try Template(package: TestPackage.make(body: body), name: "t")
            let checked = template.check(against: context).map { $0.rendered(in: .vi) }
            do {
                _ = try template.render(context)
                return checked
            } catch {
                let rendered = error.diagnostics.map { $0.rendered(in: .vi) }
                #expect(checked == rendered)
                return rendered
            }
        } catch {
            return error.diagnostics.map { $0.rendered(in: .vi) }
        }
    }

    private func tc(_ text: String, span: Int? = nil) -> String {
        let properties = span.map { #"<w:tcPr><w:gridSpan w:val="\#($0)"/></w:tcPr>"# } ?? ""
        return "<w:tc>\(properties)<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p></w:tc>"
    }

    private func table(_ widths: [Int], _ rows: [[String]]) -> String {
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
            + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
            + rows.map { "<w:tr>" + $0.joined() + "</w:tr>" }.joined() + "</w:tbl>"
    }

    /// The first table as lines: its grid widths, then each row's cells with their text, span
    /// (`×2`), vertical merge (`↧` restart, `↓` continue) and background (`#RRGGBB`).
    private func layout(_ package: OOXMLPackage) throws -> String {
        let document = try XMLDocument(bytes: package.part("word/document.xml") ?? [])
        let table = try #require(document.root?.descendants("tbl", namespace: Namespace.w).first)
        let grid = table.descendants("gridCol", namespace: Namespace.w).map { $0.attribute("w", namespace: Namespace.wordprocessing) ?? "?" }
        var lines = ["grid " + grid.joined(separator: " ")]
        for row in table.elementChildren where row.localName == "tr" {
            let cells = row.elementChildren.filter { $0.localName == "tc" }.map { cell -> String in
                var text = cell.elementChildren.filter { $0.localName == "p" }.map(\.textContent).joined(separator: "/")
                let properties = cell.firstChild("tcPr", namespace: Namespace.w)
                if let span = properties?.firstChild("gridSpan", namespace: Namespace.w)?.attribute("val", namespace: Namespace.wordprocessing) {
                    text += " ×" + span
                }
                if let merge = properties?.firstChild("vMerge", namespace: Namespace.w) {
                    text += merge.attribute("val", namespace: Namespace.wordprocessing) == "restart" ? " ↧" : " ↓"
                }
                if let fill = properties?.firstChild("shd", namespace: Namespace.w)?.attribute("fill", namespace: Namespace.wordprocessing) {
                    text += " #" + fill
                }
                return text
            }
            lines.append(cells.joined(separator: " | "))
        }
        return lines.joined(separator: "\n")
    }

    /// docxtpl's less_cells_after_loop: column loops, one with `{% hm %}`; a grid column too many
    /// is removed and its width shared.
    @Test func columnLoopsAndHorizontalMerge() throws {
        let body = table(
            [1606, 1606, 1607, 1606, 1606, 1607],
            [
                [tc("Header 1"), tc("Header 2"), tc("{%tc for x in [1, 2] %}"), tc("{% hm %}Header 3"), tc("{%tc endfor %}"), tc("Header 4")],
                [tc(""), tc(""), tc("{%tc for x in [1, 2] %}"), tc("Subheader {{ x }}"), tc("{%tc endfor %}"), tc("")],
                [tc("There"), tc("goes"), tc("{%tc for x in xs %}"), tc("{{ x }}"), tc("{%tc endfor %}"), tc("here")],
            ])
        let output = try render(body, ["xs": ["some", "data"]])
        #expect(
            try layout(output) == """
                grid 1927 1927 1928 1927 1927
                Header 1 | Header 2 | Header 3 ×2 | Header 4
                 |  | Subheader 1 | Subheader 2 | 
                There | goes | some | data | here
                """)
        // No item: the loop's cells vanish, and so do the grid columns no row takes.
        let empty = try render(body, ["xs": []])
        #expect(try layout(empty).hasSuffix("There | goes | here"))
        try IndependentChecker.expectAccepted(["hm": output, "empty": empty])
    }

    /// A column loop with Jinja's loop filter keeps only the columns whose item passes.
    @Test func columnLoopWithALoopFilter() throws {
        let body = table(
            [1606, 1606, 1607, 1606],
            [
                [tc("Tên"), tc("{%tc for x in xs if x.on %}"), tc("{{ loop.index }}{{ x.name }}"), tc("{%tc endfor %}")]
            ])
        let output = try render(body, ["xs": [["name": "a", "on": true], ["name": "b", "on": false], ["name": "c", "on": true]]])
        #expect(try layout(output).hasSuffix("Tên | 1a | 2c"))
        try IndependentChecker.expectAccepted(["filtered": output])
    }

    /// docxtpl's dynamic_table: a header cell spans as many columns as there are labels, column
    /// loops inside a row loop; the grid gains a column, the others scaled to keep the width.
    @Test func dynamicTableWithColspanAndCellBackground() throws {
        let body = table(
            [2409, 2409, 2397, 2422],
            [
                [tc("Colour"), tc("{% colspan labels | count %}Type", span: 3)],
                [tc(""), tc("{%tc for label in labels %}"), tc("{{ label }}"), tc("{%tc endfor %}")],
                [tc("{%tr for item in rows %}", span: 4)],
                [tc("{% cellbg item.colour %}{{ item.label }}"), tc("{%tc for thing in item.things %}"), tc("{{ thing }}"), tc("{%tc endfor %}")],
                [tc("{%tr endfor %}", span: 4)],
            ])
        let context: TemplateValue = [
            "labels": ["fruit", "vegetable", "stone", "thing"],
            "rows": [
                ["label": "yellow", "colour": "#ffff00", "things": ["banana", "capsicum", "pyrite", "taxi"]],
                ["label": "red", "colour": "FF0000", "things": ["apple", "tomato", "cinnabar", "bus"]],
            ],
        ]
        let output = try render(body, context)
        #expect(
            try layout(output) == """
                grid 1927 1927 1917 1937 1927
                Colour | Type ×4
                 | fruit | vegetable | stone | thing
                yellow #FFFF00 | banana | capsicum | pyrite | taxi
                red #FF0000 | apple | tomato | cinnabar | bus
                """)
        // The shading goes where the schema wants it in the cell's properties: after the span.
        #expect(TestPackage.body(of: output).contains(#"<w:tcPr><w:gridSpan w:val="4"/></w:tcPr>"#))
        #expect(TestPackage.body(of: output).contains(#"<w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/></w:tcPr>"#))
        try IndependentChecker.expectAccepted(["dynamic": output])
    }

    /// `{%tc if %}` keeps or drops cells; the grid follows.
    @Test func cellConditions() throws {
        let body = table([1000, 1000, 1000, 1000, 1000], [[tc("a"), tc("{%tc if show %}"), tc("b"), tc("{%tc endif %}"), tc("c")]])
        let shown = try render(body, ["show": true])
        #expect(try layout(shown) == "grid 1666 1666 1666\na | b | c")
        let hidden = try render(body, ["show": false])
        #expect(try layout(hidden) == "grid 2500 2500\na | c")
        try IndependentChecker.expectAccepted(["shown": shown, "hidden": hidden])
    }

    /// docxtpl's vertical_merge: the category cell of every row of a row loop merges into one;
    /// the continued copies lose their text, wherever the value's run is.
    @Test func verticalMergeInARowLoop() throws {
        let body = table(
            [2235, 3969, 1417],
            [
                [tc("Category"), tc("Description"), tc("Qty")],
                [tc("{%tr for i in items %}", span: 3)],
                [tc("{% vm %}{{ category }}"), tc("{{ i.desc }}"), tc("{{ i.qty }}")],
                [tc("{%tr endfor %}", span: 3)],
            ])
        let output = try render(
            body, ["category": "Book", "items": [["desc": "Python", "qty": 2], ["desc": "Django", "qty": 5403], ["desc": "Guido", "qty": 1]]])
        #expect(
            try layout(output) == """
                grid 2235 3969 1417
                Category | Description | Qty
                Book ↧ | Python | 2
                 ↓ | Django | 5403
                 ↓ | Guido | 1
                """)
        // docxtpl's own template has the tag and the value in separate runs; docxtpl then keeps
        // "Book" in the continued cells (hidden by Word and LibreOffice, seen by text extraction
        // and screen readers). hoso empties them whole: the text is the same as what is shown.
        let separateRuns = "<w:tc><w:p><w:r><w:t>{% vm %}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{{ category }}</w:t></w:r></w:p></w:tc>"
        let split = try render(
            body.replacingOccurrences(of: tc("{% vm %}{{ category }}"), with: separateRuns),
            ["category": "Book", "items": [["desc": "Python", "qty": 2], ["desc": "Django", "qty": 5403]]])
        #expect(
            try layout(split) == """
                grid 2235 3969 1417
                Category | Description | Qty
                Book ↧ | Python | 2
                 ↓ | Django | 5403
                """)
        try IndependentChecker.expectAccepted(["vm": output, "vm-split": split])
    }

    @Test func mistakesAreLocatedErrors() {
        let row = { (cells: [String]) in self.table([1000, 1000, 1000], [cells]) }
        #expect(
            errors(row([tc("{% hm %}a"), tc("b"), tc("c")])) == [
                "t:word/document.xml:2:546: lỗi: bảng 1, hàng 1, ô 1: thẻ '{% hm %}': {% hm %} gộp các ô do một vòng lặp {%tc for %} tạo ra, nên phải nằm trong vòng lặp đó"
            ])
        #expect(
            errors(row([tc("{% colspan n %}a"), tc("{% cellbg c %}b"), tc("c")]), ["n": "hai", "c": "đỏ"]) == [
                "t:word/document.xml:2:546: lỗi: bảng 1, hàng 1, ô 1: thẻ '{% colspan n %}': {% colspan %} cần một số nguyên từ 1 đến 63 (số cột ô chiếm), không phải 'hai'",
                "t:word/document.xml:2:629: lỗi: bảng 1, hàng 1, ô 2: thẻ '{% cellbg c %}': {% cellbg %} cần một mã màu 6 chữ số hệ 16 như 'FFC000' (hoặc 'auto'), không phải 'đỏ'",
            ])
        #expect(
            errors("<w:p><w:r><w:t>{% vm %}{%tc for x in xs %}{%tc endfor %}</w:t></w:r></w:p>") == [
                "t:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{% vm %}': thẻ '{% vm %}' đổi ô bảng chứa nó, nên phải nằm trong một ô của bảng",
                "t:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{%tc for x in xs %}': thẻ {%tc %} phải nằm trong một ô của bảng",
                "t:word/document.xml:2:385: lỗi: đoạn 1: thẻ '{%tc endfor %}': thẻ {%tc %} phải nằm trong một ô của bảng",
            ])
        #expect(
            errors(row([tc("{%p hm %}"), tc("b"), tc("c")])) == [
                "t:word/document.xml:2:546: lỗi: bảng 1, hàng 1, ô 1: thẻ '{%p hm %}': thẻ ô bảng (colspan, cellbg, hm, vm) viết không có tiền tố: {% colspan 2 %}, {% hm %} — không phải '{%p hm %}'"
            ])
        #expect(
            errors(row([tc("{%tc for x in xs %} {{ x }}"), tc("{%tc endfor %}"), tc("c")]), ["xs": [1]]) == [
                "t:word/document.xml:2:546: lỗi: bảng 1, hàng 1, ô 1: thẻ '{%tc for x in xs %}': ô chứa thẻ {%tc %} hoặc chú thích {#tc #} bị xoá khi điền, nên thẻ '{{ x }}' cùng ô sẽ mất; hãy chuyển nó sang ô khác"
            ])
    }
}
