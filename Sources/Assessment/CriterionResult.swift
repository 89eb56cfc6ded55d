/// A criterion of the rubric with the score given to it.
package struct CriterionResult: Sendable, Hashable {
    /// The criterion.
    package var criterion: Criterion
    /// The score, nil when the data gives none (counted as 0 or not met).
    package var score: CriterionScore?

    /// A result.
    package init(criterion: Criterion, score: CriterionScore?) {
        self.criterion = criterion
        self.score = score
    }

    /// The points given (TT22): zero without a score.
    package var points: Points? {
        guard case .points = criterion.scoring else { return nil }
        return score?.points ?? .zero
    }

    /// Whether the target is met (TT24): false without a score.
    package var met: Bool? {
        guard case .target = criterion.scoring else { return nil }
        return score?.met ?? false
    }

    /// Points lost against the maximum (TT22).
    package var pointsLost: Points? {
        guard case .points(let maximum) = criterion.scoring, let points else { return nil }
        return maximum - points
    }

    /// Whether the criterion got everything: points equal to the maximum, or met.
    package var isFull: Bool {
        switch criterion.scoring {
        case .points(let maximum): return points == maximum
        case .target: return met == true
        }
    }
}
