package import VietnameseText

/// One document of the dossier: its number, date, signer and "Nơi nhận" list.
package struct IssuedDocument: Sendable, Hashable {
    /// Which document this is.
    package var kind: DocumentKind
    /// The number as written in the data ("12", "5"); nil when the document carries none or it is not
    /// yet assigned. Leading zeros are the printer's business.
    package var number: String?
    /// The date of the document (or of the meeting, for the minutes).
    package var date: VietnameseDate
    /// The summary line under the type ("Tự đánh giá, xếp loại Đơn vị học tập năm 2023"), when given.
    package var summary: String?
    /// Who signs it.
    package var signer: Signer
    /// "Nơi nhận" items without the leading "- " and the final ";" ("Như trên", "Lưu: VT.").
    package var recipients: [String]
    /// "Căn cứ" lines specific to this document; empty means the top-level list applies.
    package var legalBases: [String]
    /// Who drew the document up, when it says so (M5: "Người lập biểu").
    package var preparer: String?

    /// A document.
    package init(
        kind: DocumentKind, number: String?, date: VietnameseDate, summary: String? = nil,
        signer: Signer, recipients: [String], legalBases: [String] = [], preparer: String? = nil
    ) {
        self.kind = kind
        self.number = number
        self.date = date
        self.summary = summary
        self.signer = signer
        self.recipients = recipients
        self.legalBases = legalBases
        self.preparer = preparer
    }

    /// The symbol number/type-unit ("12/BC-THAS") with the number as given; nil without number or type.
    package func symbol(unitSymbol: String) -> String? {
        guard let number, let code = kind.typeCode else { return nil }
        return "\(number)/\(code)-\(unitSymbol)"
    }

    /// The symbol as printed, its number padded (`printedNumber`): "05/KH-THAS".
    package func printedSymbol(unitSymbol: String) -> String? {
        guard let number, let code = kind.typeCode else { return nil }
        return "\(Self.printedNumber(number))/\(code)-\(unitSymbol)"
    }

    /// Decree 30: document numbers below 10 get a leading zero ("05").
    package static func printedNumber(_ number: String) -> String {
        guard let value = Int(number), value >= 0, value < 10, number.count == 1 else { return number }
        return "0\(value)"
    }
}
