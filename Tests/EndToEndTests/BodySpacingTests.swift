import Foundation
import Testing

/// Decree 30 §5 (≥ 6 pt between body paragraphs) on the shipped forms, and the checker on injected faults.
@Suite struct BodySpacingTests {
    static let styles = """
        <w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Body"><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="120"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="BodyCompact"><w:basedOn w:val="Body"/><w:pPr><w:spacing w:after="40" w:line="240"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="BodyHeading"><w:basedOn w:val="Body"/></w:style>
        <w:style w:type="paragraph" w:styleId="TableText"><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="40"/></w:pPr></w:style>
        """

    @Test func everyFormsBodyTextIsAtLeastSixPointsApart() throws {
        let forms = packageRoot.appendingPathComponent("Forms")
        let styles = try String(contentsOf: forms.appendingPathComponent("_common/word/styles.xml"), encoding: .utf8)
        let documents = try FileManager.default.contentsOfDirectory(atPath: forms.path).sorted().compactMap { name in
            let url = forms.appendingPathComponent(name).appendingPathComponent("word/document.xml")
            return FileManager.default.fileExists(atPath: url.path) ? (name, try String(contentsOf: url, encoding: .utf8)) : nil
        }
        #expect(documents.count >= 13, "every form is read: \(documents.map(\.0))")
        #expect(BodySpacing.faults(styles: styles, forms: documents) == [])
    }

    @Test func aCompactBodyStyleIsAFaultAndInheritedSpacingCounts() {
        #expect(BodySpacing.faults(styles: Self.styles, forms: []) == ["styles.xml: BodyCompact: after=40"])
        #expect(BodySpacing.after("BodyHeading", BodySpacing.styles(Self.styles)) == 120)
    }

    @Test func aParagraphOverridingTheSpacingIsNamedButNotBeforeATableOrForNonBodyText() {
        let styles = Self.styles.replacingOccurrences(of: "w:after=\"40\" w:line", with: "w:after=\"120\" w:line")
        let document = """
            <w:p><w:pPr><w:pStyle w:val="BodyHeading"/><w:spacing w:after="20"/></w:pPr><w:r><w:t>Kết quả tự đánh giá:</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Body"/><w:spacing w:after="0"/></w:pPr><w:r><w:t>gồm các thành viên sau:</w:t></w:r></w:p>
            <!-- the member table -->
            <w:tbl/>
            <w:p><w:pPr><w:pStyle w:val="Body"/><w:spacing w:after="0"/></w:pPr></w:p>
            <w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr><w:r><w:t>STT</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="BodyCompact"/></w:pPr><w:r><w:t>Điều 2.</w:t></w:r></w:p>
            """
        #expect(BodySpacing.faults(styles: styles, forms: [("M2", document)]) == ["M2: BodyHeading “Kết quả tự đánh giá:”: after=20"])
    }
}
