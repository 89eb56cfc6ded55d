import Assessment
import AssessmentInput
import Foundation

/// The words a person reads and types for a value the data file keeps as a code: the page shows
/// "Hoàn thành tốt", "Có", "Chủ tịch"; the file keeps `hoan_thanh_tot`, `true`, `chu_tich`, the
/// values `hoso check` documents. Typed or pasted text is matched after folding case, diacritics
/// and punctuation (as the loader matches it), so the words, the codes and the usual abbreviations
/// are all taken back; anything else is kept as typed, for `check` to name beside its cell.
struct ChoiceWords: Sendable {
    /// One value: what the file keeps, and what the page shows.
    struct Entry: Sendable {
        var code: String
        var word: String
        /// The word's longer form shown beside it in the suggestions ("Lao động tiên tiến").
        var detail: String = ""
    }

    /// The name of the suggestion list on the page (`<datalist id>`).
    var id: String
    var entries: [Entry]
    /// Other spellings, folded, → code.
    var aliases: [String: String] = [:]

    /// The code `text` stands for; nil when it is none of them.
    func code(of text: String) -> String? {
        let folded = Keyword.fold(text)
        guard !folded.isEmpty else { return nil }
        if let entry = entries.first(where: {
            Keyword.fold($0.code) == folded || Keyword.fold($0.word) == folded
                || (!$0.detail.isEmpty && Keyword.fold($0.detail) == folded)
        }) {
            return entry.code
        }
        return aliases[folded]
    }

    /// What the page shows for the file's `stored` value: its word, or the value itself when it
    /// is none of the codes (so `check`'s message about it still matches the cell).
    func word(for stored: String) -> String {
        guard let code = code(of: stored) else { return stored }
        return entries.first { $0.code == code }?.word ?? stored
    }

    /// What the file gets for `typed`: `previous` when it already means the same (a file that
    /// says `yes` is not rewritten to `true` by a save), else the code, else the text as typed.
    func stored(_ typed: String, previous: String?) -> String {
        let trimmed = typed.trimmingCharacters(in: .whitespaces)
        guard let code = code(of: trimmed) else { return trimmed }
        if let previous, self.code(of: previous) == code { return previous }
        return code
    }

    /// "Hoàn thành tốt, Hoàn thành, Chưa hoàn thành".
    var wordList: String { entries.map(\.word).joined(separator: ", ") }

    // MARK: The vocabularies

    /// Bồi dưỡng: the file keeps `hoan_thanh_tot` …, the page shows M5's words.
    static let training = ChoiceWords(
        id: "chon-boi-duong",
        entries: TrainingResult.allCases.map { Entry(code: $0.rawValue, word: $0.title) },
        aliases: [
            "htt": "hoan_thanh_tot", "ht": "hoan_thanh", "cht": "chua_hoan_thanh",
            "hoan_thanh_tot_nhiem_vu": "hoan_thanh_tot", "hoan_thanh_nhiem_vu": "hoan_thanh",
            "khong_hoan_thanh": "chua_hoan_thanh", "chua_hoan_thanh_nhiem_vu": "chua_hoan_thanh",
        ])

    /// Danh hiệu thi đua: the file keeps the abbreviation M5 prints ("LĐTT"), as `hoso init` writes it.
    static let emulationTitle = ChoiceWords(
        id: "chon-danh-hieu",
        entries: EmulationTitle.allCases.map { Entry(code: $0.title, word: $0.title, detail: Self.titleDetail($0)) },
        aliases: Dictionary(uniqueKeysWithValues: EmulationTitle.allCases.map { (Keyword.fold($0.rawValue), $0.title) })
            .merging([
                "cstd_toan_quoc": "CSTĐTQ", "chien_sy_thi_dua_toan_quoc": "CSTĐTQ",
                "cstd_tinh": "CSTĐ", "cstd_cap_tinh": "CSTĐ", "chien_si_thi_dua_tinh": "CSTĐ", "chien_sy_thi_dua_cap_tinh": "CSTĐ",
                "cstd_co_so": "CSTĐCS", "chien_si_thi_dua_cap_co_so": "CSTĐCS", "chien_sy_thi_dua_co_so": "CSTĐCS",
                "chien_sy_thi_dua_cap_co_so": "CSTĐCS", "none": "Không",
            ]) { first, _ in first })

    private static func titleDetail(_ title: EmulationTitle) -> String {
        switch title {
        case .cstdtq: "Chiến sĩ thi đua toàn quốc"
        case .cstd: "Chiến sĩ thi đua cấp tỉnh"
        case .cstdcs: "Chiến sĩ thi đua cơ sở"
        case .ldtt: "Lao động tiên tiến"
        case .htnv: "Hoàn thành nhiệm vụ"
        case .none: ""
        }
    }

    /// Yes or no: the file keeps `true`/`false`, the page shows "Có"/"Không".
    static let yesNo = ChoiceWords(
        id: "chon-co-khong",
        entries: [Entry(code: "true", word: "Có"), Entry(code: "false", word: "Không")],
        aliases: [
            "yes": "true", "x": "true", "dat": "true", "1": "true", "no": "false", "chua_dat": "false", "0": "false",
            "chua": "false", "chua_co": "false",
        ])

    /// A council member's role in the regime's body: `chu_tich` shown "Chủ tịch" (TT22),
    /// `to_truong` shown "Tổ trưởng" (TT24); "Chủ tịch Hội đồng" is taken too.
    static func roles(for regime: Regime) -> ChoiceWords {
        let (body, fullBody) =
            switch regime {
            case .tt22: ("Hội đồng", "Hội đồng tự kiểm tra")
            case .tt24: ("Tổ đánh giá", "Tổ")
            }
        let all = CouncilRole.allCases
        var aliases: [String: String] = [:]
        for role in all {
            aliases[Keyword.fold(role.title)] = role.rawValue
            aliases[Keyword.fold(role.fullTitle(body: body))] = role.rawValue
            aliases[Keyword.fold(role.fullTitle(body: fullBody))] = role.rawValue
        }
        return ChoiceWords(
            id: "chon-vai-tro", entries: CouncilRole.roles(for: regime).map { Entry(code: $0.rawValue, word: $0.title) },
            aliases: aliases)
    }
}
