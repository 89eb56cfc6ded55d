import Testing
import VietnameseText

@testable import Assessment

/// The checks that keep the sentences of a dossier from contradicting each other or the figures.
@Suite struct SentenceChecksTests {
    @Test(arguments: [
        ("Tập thể chỉ đạt danh hiệu Lao động tiên tiến", CollectiveTitle.advanced),
        ("Tập thể đạt danh hiệu Tập thể lao động tiên tiến, chưa đạt danh hiệu Tập thể lao động xuất sắc", .collectiveAdvanced),
        ("Quyết định công nhận Tập thể lao động tiên tiến năm học 2022-2023", .collectiveAdvanced),
        ("QĐ công nhận tập thể LĐXS", .collectiveExcellent),
        ("Đạt danh hiệu Tập thể LĐTT", .collectiveAdvanced),
    ])
    func aTextNamesTheTitleItClaims(_ text: String, _ title: CollectiveTitle) {
        #expect(CollectiveTitle.named(in: text) == title)
    }

    @Test func onlyWhatWasNotAchievedIsNoClaim() {
        #expect(CollectiveTitle.named(in: "Tập thể chưa đạt danh hiệu Tập thể lao động xuất sắc") == nil)
        #expect(CollectiveTitle.named(in: "Kinh phí hỗ trợ học tập còn hạn chế") == nil)
    }

    static let rubric = Rubric(
        id: "t", name: "T", regime: .tt22,
        groups: [
            RubricGroup(
                code: "1", title: "Nhóm 1",
                criteria: [
                    Criterion(code: "1a", label: "a", text: "A", scoring: .points(max: 60)),
                    Criterion(code: "1b", label: "b", text: "B", scoring: .points(max: 40)),
                ])
        ],
        bands: [
            Band(name: "Tốt", minimum: 85), Band(name: "Khá", minimum: 70, below: 85),
            Band(name: "Chưa đạt", minimum: 0, below: 70),
        ])

    static let facts = ConclusionFacts(
        evaluation: Evaluation(
            rubric: rubric,
            scores: [
                CriterionScore(code: "1a", value: .points(60)),
                CriterionScore(code: "1b", value: .points(35), reason: "Thiếu minh chứng"),
            ]),
        vote: Vote(agree: 7, disagree: 0, abstain: 0))

    @Test func aConclusionThatRepeatsTheFiguresIsFine() {
        #expect(Self.facts.contradictions(in: "Hội đồng thống nhất đạt 95/100 điểm, xếp loại Tốt; 7/7 thành viên nhất trí.").isEmpty)
        #expect(Self.facts.contradictions(in: "Giao Thư ký hoàn thiện hồ sơ trước ngày 10/12/2022.").isEmpty)
    }

    @Test func aConclusionWithOtherFiguresIsCaught() {
        #expect(
            Self.facts.contradictions(in: "Hội đồng thống nhất đạt 97/100 điểm, xếp loại Khá; 6/7 thành viên nhất trí.") == [
                ConclusionFacts.Contradiction(quoted: "97/100", computed: "95/100"),
                ConclusionFacts.Contradiction(quoted: "6/7", computed: "7/7"),
                ConclusionFacts.Contradiction(quoted: "xếp loại Khá", computed: "xếp loại Tốt"),
            ])
    }

    @Test func theTitleIsNotALearningResultAndAnExemptMemberIsNotCounted() {
        func member(_ name: String, _ title: EmulationTitle, exemption: String? = nil) -> Member {
            Member(
                name: name, position: "Giáo viên", selfStudyPlan: true, discipline: true, training: .hoanThanh,
                emulationTitle: title, learningCitizen: true, exemption: exemption)
        }
        let onlyTitle = member("A", .htnv)
        #expect(!onlyTitle.passes)
        #expect(onlyTitle.passesLearning)
        let statistics = MemberStatistics(members: [member("B", .ldtt), onlyTitle, member("C", .none, exemption: "Nghỉ thai sản")])
        #expect(statistics.total == 2)
        #expect(statistics.exempted.map(\.name) == ["C"])
        #expect(statistics.share(.ldttOrHigher) == MemberShare(count: 1, total: 2))
        #expect(statistics.share(.resultPassed) == MemberShare(count: 2, total: 2))
    }

    @Test func councilRolesInWordsAndHonorifics() {
        #expect(CouncilRole.chuTich.fullTitle(body: "Hội đồng") == "Chủ tịch Hội đồng")
        #expect(CouncilRole.toTruong.fullTitle(body: "Tổ đánh giá") == "Tổ trưởng Tổ đánh giá")
        #expect(CouncilMember(name: "A", position: "B", role: .uyVien).honorific == "Đồng chí")
        #expect(CouncilMember(name: "A", position: "B", role: .uyVien, honorific: "Bà").honorific == "Bà")
    }

    @Test func aLegalCitationIsWrittenInFull() {
        let citation = LegalCitation(
            kind: "Thông tư", number: "22/2020/TT-BGDĐT", date: VietnameseDate(year: 2020, month: 8, day: 6)!,
            issuer: "Bộ Giáo dục và Đào tạo", title: "quy định về đánh giá, xếp loại Đơn vị học tập")
        #expect(
            citation.fullText
                == "Thông tư số 22/2020/TT-BGDĐT ngày 06/08/2020 của Bộ Giáo dục và Đào tạo quy định về đánh giá, xếp loại Đơn vị học tập")
        #expect(citation.shortText == "Thông tư số 22/2020/TT-BGDĐT")
    }
}
