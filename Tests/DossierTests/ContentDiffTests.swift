import Diagnostics
import OOXML
import Testing

@testable import Dossier

/// What a person sees change, paragraph by paragraph, between what hoso produces and a file.
@Suite struct ContentDiffTests {
    /// A package whose body holds `paragraphs` (and a header holding `header`, when given).
    static func package(_ paragraphs: [String], header: String? = nil) -> OOXMLPackage {
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        func body(_ texts: [String]) -> String {
            texts.map { "<w:p><w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r></w:p>" }.joined()
        }
        var parts = ["word/document.xml": Array("<w:document xmlns:w=\"\(w)\"><w:body>\(body(paragraphs))</w:body></w:document>".utf8)]
        if let header { parts["word/header1.xml"] = Array("<w:hdr xmlns:w=\"\(w)\">\(body([header]))</w:hdr>".utf8) }
        return OOXMLPackage(parts: parts)
    }

    static func lines(_ before: OOXMLPackage, _ after: OOXMLPackage, _ language: Language = .vi) -> String? {
        ContentDiff.changes(from: before, to: after).map {
            VerifyMessages.contentChanged($0, parts: []).text(in: language)
        }
    }

    @Test func theSameWordsAreNoChange() {
        #expect(ContentDiff.changes(from: Self.package(["a b", "c"]), to: Self.package(["a b", "c"])) == [])
    }

    @Test func aChangedNumberIsShownWithoutTheWordsAroundIt() {
        let before = Self.package(["Tổng điểm: 97/100 điểm", "Xếp loại: Tốt"])
        let after = Self.package(["Tổng điểm: 98/100 điểm", "Xếp loại: Tốt"])
        #expect(Self.lines(before, after) == "NỘI DUNG ĐÃ SỬA: đoạn 1: '97/100' → '98/100'")
        #expect(Self.lines(before, after, .en) == "CONTENT EDITED: paragraph 1: '97/100' → '98/100'")
    }

    @Test func addedAndRemovedParagraphsAreNamed() {
        let before = Self.package(["một", "hai", "ba"])
        #expect(Self.lines(before, Self.package(["một", "ba"])) == "NỘI DUNG ĐÃ SỬA: đoạn 2: xóa 'hai'")
        #expect(Self.lines(before, Self.package(["một", "hai", "hai rưỡi", "ba"])) == "NỘI DUNG ĐÃ SỬA: đoạn 3: thêm 'hai rưỡi'")
        #expect(Self.lines(before, Self.package(["một", "hai", "ba"], header: "X"), .en) == "CONTENT EDITED: header, paragraph 1: added 'X'")
    }

    /// LibreOffice adds empty headers to a file it saves (Ho-so.docx re-saved gained eight): an
    /// empty paragraph added or removed has no words, so it is no change; a word in it is one.
    @Test func anEmptyParagraphAddedOrRemovedIsNoChange() {
        let before = Self.package(["một", "hai"])
        #expect(ContentDiff.changes(from: before, to: Self.package(["một", "hai"], header: "")) == [])
        #expect(ContentDiff.changes(from: before, to: Self.package(["một", " ", "hai"])) == [])
        #expect(ContentDiff.changes(from: Self.package(["một", "", "hai"]), to: before) == [])
        #expect(Self.lines(before, Self.package(["một", "hai"], header: "Bản nháp")) == "NỘI DUNG ĐÃ SỬA: đầu trang, đoạn 1: thêm 'Bản nháp'")
    }

    @Test func onlyTheFirstTenChangesAreListed() throws {
        let before = Self.package((1...12).map { "đoạn số \($0)" })
        let after = Self.package((1...12).map { "đoạn số \($0 + 100)" })
        let text = try #require(Self.lines(before, after))
        #expect(text.hasPrefix("NỘI DUNG ĐÃ SỬA: đoạn 1: '1' → '101'; đoạn 2: '2' → '102'"))
        #expect(text.hasSuffix("đoạn 10: '10' → '110'; và 2 chỗ khác"))
    }

    @Test func aPageNumberCountedAgainIsNoChange() {
        // LibreOffice stores "0" where hoso stored "2" as the PAGE field's result; the words around it count.
        func header(_ shown: String, _ after: String = "") -> OOXMLPackage {
            let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            let field =
                "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>\(shown)</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:t>\(after)</w:t></w:r><w:fldSimple w:instr=\"NUMPAGES\"><w:r><w:t>\(shown)</w:t></w:r></w:fldSimple>"
            return OOXMLPackage(parts: [
                "word/document.xml": Array("<w:document xmlns:w=\"\(w)\"><w:body/></w:document>".utf8),
                "word/header1.xml": Array("<w:hdr xmlns:w=\"\(w)\"><w:p>\(field)</w:p></w:hdr>".utf8),
            ])
        }
        #expect(ContentDiff.changes(from: header("2"), to: header("0")) == [])
        #expect(Self.lines(header("2", "trang"), header("0", "tờ")) == "NỘI DUNG ĐÃ SỬA: đầu trang, đoạn 1: 'trang' → 'tờ'")
    }

    @Test func aBodyThatCannotBeReadIsNotCompared() {
        let broken = OOXMLPackage(parts: ["word/document.xml": Array("<w:document".utf8)])
        #expect(ContentDiff.changes(from: Self.package(["a"]), to: broken) == nil)
    }
}
