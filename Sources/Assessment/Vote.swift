/// The council's vote on the result.
package struct Vote: Sendable, Hashable {
    /// Tán thành.
    package var agree: Int
    /// Không tán thành.
    package var disagree: Int
    /// Không biểu quyết / ý kiến khác.
    package var abstain: Int

    /// A vote.
    package init(agree: Int, disagree: Int, abstain: Int) {
        self.agree = agree
        self.disagree = disagree
        self.abstain = abstain
    }

    /// Everyone who voted.
    package var total: Int { agree + disagree + abstain }
}
