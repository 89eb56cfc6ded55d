/// The council's vote on the result.
public struct Vote: Sendable, Hashable {
    /// Tán thành.
    public var agree: Int
    /// Không tán thành.
    public var disagree: Int
    /// Không biểu quyết / ý kiến khác.
    public var abstain: Int

    /// A vote.
    public init(agree: Int, disagree: Int, abstain: Int) {
        self.agree = agree
        self.disagree = disagree
        self.abstain = abstain
    }

    /// Everyone who voted.
    public var total: Int { agree + disagree + abstain }
}
