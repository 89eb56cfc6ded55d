import Assessment
import Diagnostics
import Foundation
import Testing

@testable import AssessmentInput

/// `unit.parent` (cơ quan chủ quản trực tiếp) is printed only where one exists: a People's Committee's
/// own documents carry none, so the data may leave it out, and giving one is warned.
@Suite struct ParentLineTests {
    static let anLam = try! String(contentsOfFile: Paths.repository("Fixtures/an-lam-2023.yaml"), encoding: .utf8)

    static func load(_ text: String) -> LoadResult {
        FixtureTests.loader.parse(text: text, file: "x.yaml", directory: ".")
    }

    @Test func aCommuneWithoutAParentIsAccepted() throws {
        #expect(!Self.anLam.contains("parent:"))
        let result = Self.load(Self.anLam)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { $0.rendered(in: .vi) })")
        #expect(try #require(result.assessment).unit.parent == nil)
    }

    @Test func aPeoplesCommitteeWithAParentIsWarned() throws {
        let text = Self.anLam.replacingOccurrences(
            of: "  name: Ủy ban nhân dân xã An Lâm\n", with: "  name: Ủy ban nhân dân xã An Lâm\n  parent: UBND huyện Nam Sách\n")
        let result = Self.load(text)
        #expect(result.isValid)
        let line = try #require(text.components(separatedBy: "\n").firstIndex(of: "  parent: UBND huyện Nam Sách")) + 1
        #expect(
            result.diagnostics.map { $0.rendered(in: .vi) } == [
                "x.yaml:\(line):11: cảnh báo: unit.parent: 'Ủy ban nhân dân xã An Lâm' là Ủy ban nhân dân: văn bản do Ủy ban nhân dân ban hành không ghi cơ quan chủ quản "
                    + "(Nghị định 30/2020/NĐ-CP), nhưng 'parent: UBND huyện Nam Sách' sẽ in dòng 'UBND HUYỆN NAM SÁCH' trên tên đơn vị ở mọi văn bản: hãy bỏ dòng 'parent'"
            ])
        #expect(
            result.diagnostics.map { $0.rendered(in: .en) } == [
                "x.yaml:\(line):11: warning: unit.parent: 'Ủy ban nhân dân xã An Lâm' is a People's Committee: its own documents name no parent body "
                    + "(Decree 30/2020/NĐ-CP), but 'parent: UBND huyện Nam Sách' prints 'UBND HUYỆN NAM SÁCH' above the unit's name on every document: remove the 'parent' line"
            ])
    }

    @Test(arguments: ["Ủy ban nhân dân xã An Lâm", "UỶ BAN NHÂN DÂN PHƯỜNG A", "UBND xã B"])
    func peoplesCommitteesAreKnownByName(_ name: String) {
        #expect(AssessmentDecoder.isPeoplesCommittee(name))
    }

    @Test(arguments: ["Trường Tiểu học An Sơn", "Phòng Giáo dục và Đào tạo huyện Gia Lâm"])
    func otherUnitsAreNot(_ name: String) {
        #expect(!AssessmentDecoder.isPeoplesCommittee(name))
    }

    @Test func aSchoolWithAParentIsNotWarned() throws {
        let text = try String(contentsOfFile: Paths.repository("Fixtures/an-son-2023.yaml"), encoding: .utf8)
        #expect(text.contains("  parent: "))
        #expect(Self.load(text).diagnostics.isEmpty)
    }
}
