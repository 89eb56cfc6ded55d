import Assessment
import Testing

@testable import Dossier

/// Sentences the forms build from data: each exactly as the unit would write it.
@Suite struct SentenceTests {
    @Test func theUnitSpeaksOfItself() {
        #expect(
            DossierContext.ownText("Đơn vị có các quy định cụ thể nhằm động viên thành viên học tập.", selfName: "nhà trường")
                == "Nhà trường có các quy định cụ thể nhằm động viên thành viên học tập.")
        #expect(
            DossierContext.ownText(
                "100% thành viên trong đơn vị có kế hoạch tự học, tự bồi dưỡng hằng năm được lãnh đạo đơn vị phê duyệt.", selfName: "nhà trường")
                == "100% thành viên trong nhà trường có kế hoạch tự học, tự bồi dưỡng hằng năm được lãnh đạo nhà trường phê duyệt.")
        // "Đơn vị học tập" and "các đơn vị khác" are not the unit itself.
        #expect(
            DossierContext.ownText("Đơn vị góp phần tạo lập môi trường chia sẻ tri thức với các đơn vị khác.", selfName: "nhà trường")
                == "Nhà trường góp phần tạo lập môi trường chia sẻ tri thức với các đơn vị khác.")
        #expect(DossierContext.ownText("xây dựng Đơn vị học tập", selfName: "nhà trường") == "xây dựng Đơn vị học tập")
        #expect(DossierContext.ownText("Đơn vị có kế hoạch.", selfName: "đơn vị") == "Đơn vị có kế hoạch.")
    }

    @Test func aSummaryInRunningText() {
        #expect(
            DossierContext.summaryClause("Triển khai và thực hiện việc học tập thường xuyên năm 2023")
                == "về việc triển khai và thực hiện việc học tập thường xuyên năm 2023")
        #expect(DossierContext.summaryClause("Về việc thành lập Hội đồng") == "về việc thành lập Hội đồng")
        #expect(DossierContext.lowercasedFirst("UBND xã") == "UBND xã")
    }

    @Test func everyNumberedDocumentHasItsNumberLine() {
        #expect(DossierContext.numberLine(symbol: "01/BB-THCSBG", kind: .minutes, unitSymbol: "THCSBG") == "Số: 01/BB-THCSBG")
        #expect(
            DossierContext.numberLine(symbol: nil, kind: .minutes, unitSymbol: "THCSBG")
                == "Số:\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}/BB-THCSBG")
        #expect(DossierContext.numberLine(symbol: nil, kind: .summary, unitSymbol: "THCSBG") == "")
    }

    @Test func theVoteAsMinutesWriteIt() {
        #expect(
            DossierContext.voteText(Vote(agree: 7, disagree: 0, abstain: 0), present: 7)
                == "7/7\u{00A0}thành viên có mặt nhất trí (100%)")
        #expect(
            DossierContext.voteText(Vote(agree: 5, disagree: 1, abstain: 1), present: 7)
                == "5/7\u{00A0}thành viên có mặt nhất trí (71,43%); 1\u{00A0}thành viên không nhất trí; 1\u{00A0}thành viên không biểu quyết")
    }

    @Test func theLetterAfterTheLastCriterion() {
        #expect(DossierContext.nextLetter(after: "c") == "d")
        #expect(DossierContext.nextLetter(after: nil) == "d")
    }
}
