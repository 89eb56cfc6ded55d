import Diagnostics
import Foundation
import Testing

@testable import AssessmentInput

/// The prefix of a signature names who issues the document, and the decision's authority line is
/// printed from it: data asking for a pair that cannot agree (Decree 30, Phụ lục I) is rejected.
@Suite struct SignerAuthorityTests {
    static let head = "head:\n  name: Nguyễn Văn An"
    /// A commune People's Committee: no parent line (Decree 30), a Chủ tịch at its head.
    static let commune = SmallUnit.with(
        "  name: Trường Tiểu học Hòa Bình\n  parent: UBND huyện Kim Thành\n",
        """
          name: Ủy ban nhân dân xã Hòa Bình
          head_title: Chủ tịch

        """)

    static func diagnostics(_ text: String, head: String) -> [String] {
        let file = text.replacingOccurrences(of: Self.head, with: head)
        return FixtureTests.loader.parse(text: file, file: "dl.yaml").diagnostics.map { $0.rendered(in: .vi) }
    }

    @Test func theHeadInPersonADeputyWithKTAndTheCollectiveWithTMAreAccepted() {
        #expect(Self.diagnostics(SmallUnit.yaml, head: Self.head) == [])
        #expect(
            Self.diagnostics(
                SmallUnit.yaml,
                head: "head:\n  prefix: KT.\n  on_behalf_of: Hiệu trưởng\n"
                    + "  title: Phó Hiệu trưởng\n  name: Nguyễn Văn An") == [])
        #expect(
            Self.diagnostics(
                Self.commune,
                head: "head:\n  prefix: TM.\n  on_behalf_of: Ủy ban nhân dân\n"
                    + "  title: Chủ tịch\n  name: Nguyễn Văn An") == [])
    }

    @Test func tmForAPersonsTitleIsRejected() {
        #expect(
            Self.diagnostics(SmallUnit.yaml, head: "head:\n  prefix: TM.\n  on_behalf_of: Hiệu trưởng\n  name: Nguyễn Văn An") == [
                "dl.yaml:12:17: lỗi: head.on_behalf_of: 'TM. Hiệu trưởng' là ký thay mặt tập thể ban hành văn bản, nhưng 'Hiệu trưởng' không phải tập thể 'Trường Tiểu học Hòa Bình': ghi tên tập thể (ví dụ 'Ủy ban nhân dân'), hoặc bỏ 'prefix' và 'on_behalf_of' nếu Hiệu trưởng ban hành văn bản"
            ])
    }

    @Test func tmSignedByADeputyIsRejected() {
        #expect(
            Self.diagnostics(
                Self.commune,
                head: "head:\n  prefix: TM.\n  on_behalf_of: Ủy ban nhân dân\n"
                    + "  title: Phó Chủ tịch\n  name: Nguyễn Văn An") == [
                    "dl.yaml:13:10: lỗi: head.title: ký 'TM. Ủy ban nhân dân' là Chủ tịch ký, không phải 'Phó Chủ tịch': ghi 'title: Chủ tịch'"
                ])
    }

    @Test func ktForSomeoneOtherThanTheHeadIsRejected() {
        #expect(
            Self.diagnostics(
                Self.commune,
                head: "head:\n  prefix: KT.\n  on_behalf_of: Ủy ban nhân dân\n"
                    + "  title: Phó Chủ tịch\n  name: Nguyễn Văn An") == [
                    "dl.yaml:12:17: lỗi: head.on_behalf_of: 'KT. Ủy ban nhân dân' không khớp người đứng đầu 'Chủ tịch' của Ủy ban nhân dân xã Hòa Bình (unit.head_title), nên dòng thẩm quyền và chữ ký sẽ khác nhau: ghi 'on_behalf_of: Chủ tịch'"
                ])
    }

    @Test func aDeputySigningTheDecisionWithoutPrefixIsRejectedWhereItIsWritten() {
        let text = SmallUnit.with(
            "decision: {number: 120, date: 20/12/2023}",
            "decision: {number: 120, date: 20/12/2023, signer: {title: Phó Hiệu trưởng, name: Trần Thị Bình}}")
        #expect(
            Self.diagnostics(text, head: Self.head) == [
                "dl.yaml:14:61: lỗi: documents.decision.signer.title: người ký không có 'prefix' là người đứng đầu ký trực tiếp, nên chức danh phải là 'Hiệu trưởng' (unit.head_title), không phải 'Phó Hiệu trưởng': cấp phó ký thay ghi 'prefix: KT.' và 'on_behalf_of: Hiệu trưởng'"
            ])
    }
}
