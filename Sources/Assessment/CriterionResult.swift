/// A criterion of the rubric with the score given to it.
public struct CriterionResult: Sendable, Hashable {
    /// The criterion.
    public var criterion: Criterion
    /// The score, nil when the data gives none (counted as 0 or not met).
    public var score: CriterionScore?

    /// A result.
    public init(criterion: Criterion, score: CriterionScore?) {
        self.criterion = criterion
        self.score = score
    }

    /// The points given (TT22): zero without a score.
    public var points: Points? {
        guard case .points = criterion.scoring else { return nil }
        return score?.points ?? .zero
    }

    /// Whether the target is met (TT24): false without a score.
    public var met: Bool? {
        guard case .target = criterion.scoring else { return nil }
        return score?.met ?? false
    }

    /// Points lost against the maximum (TT22).
    public var pointsLost: Points? {
        guard case .points(let maximum) = criterion.scoring, let points else { return nil }
        return maximum - points
    }

    /// Whether the criterion got everything: points equal to the maximum, or met.
    public var isFull: Bool {
        switch criterion.scoring {
        case .points(let maximum): return points == maximum
        case .target: return met == true
        }
    }
}
