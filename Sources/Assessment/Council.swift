/// The Hội đồng tự kiểm tra (TT22) or Tổ đánh giá (TT24) and its tasks.
package struct Council: Sendable, Hashable {
    /// Full name: "Hội đồng tự kiểm tra, đánh giá, xếp loại Đơn vị học tập".
    package var name: String
    /// Short name used in running text: "Hội đồng", "Tổ đánh giá".
    package var shortName: String
    /// Members in the order of the decision.
    package var members: [CouncilMember]
    /// Điều 2 of the decision: one task per item.
    package var tasks: [String]

    /// A council.
    package init(name: String, shortName: String, members: [CouncilMember], tasks: [String]) {
        self.name = name
        self.shortName = shortName
        self.members = members
        self.tasks = tasks
    }

    /// The member called `name`, if any.
    package func member(named name: String) -> CouncilMember? {
        members.first { $0.name == name }
    }

    /// The default full name for `regime`.
    package static func defaultName(for regime: Regime) -> String {
        switch regime {
        case .tt22: "Hội đồng tự kiểm tra, đánh giá, xếp loại Đơn vị học tập"
        case .tt24: "Tổ đánh giá Đơn vị học tập"
        }
    }

    /// The default short name for `regime`.
    package static func defaultShortName(for regime: Regime) -> String {
        switch regime {
        case .tt22: "Hội đồng"
        case .tt24: "Tổ đánh giá"
        }
    }
}
