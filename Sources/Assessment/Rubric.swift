package import VietnameseText

/// A rubric as data: TT22's points and bands, a local variant, or TT24's targets for one level.
package struct Rubric: Sendable, Hashable {
    /// The built-in id ("tt22", "tt22-hanoi", "tt24-muc1") or the file's name.
    package var id: String
    /// Its printable name: "Thông tư 22/2020/TT-BGDĐT".
    package var name: String
    /// The regime it belongs to.
    package var regime: Regime
    /// TT24: the level applied for (1 or 2); nil for TT22.
    package var level: Int?
    /// The declared total of the maxima (100 for TT22), when declared.
    package var declaredTotal: Points?
    /// The groups in print order.
    package var groups: [RubricGroup]
    /// The bands (TT22), from any order; empty for TT24.
    package var bands: [Band]
    /// The regulations that set the criteria, main one first (the circular, then a local plan):
    /// printed as "Căn cứ" lines and named in running text, never `name`.
    package var legalBasis: [LegalCitation]
    /// TT24: the rubric a unit falling short of this level is evaluated against next (a built-in id
    /// or a path relative to this rubric's file): `tt24-muc1` for `tt24-muc2`.
    package var fallback: String?
    /// TT24: how many months the lower level must have been held before this level can be
    /// recognised (12 for Mức độ 2); nil when none is required.
    package var priorLevelMonths: Int?
    /// The day the regulation behind it takes effect (TT24: 26/01/2024): no recognition under this
    /// rubric can be dated earlier. Nil when the rubric file does not say.
    package var effective: VietnameseDate?
    /// TT24: how many years a recognition at this level holds (3); nil when the rubric file does not say.
    package var recognitionYears: Int?
    /// TT24: how many months this level must be held before the next one can be considered (12 for
    /// Mức độ 1); nil at the highest level or when the rubric file does not say.
    package var nextLevelMonths: Int?

    /// A rubric.
    package init(
        id: String, name: String, regime: Regime, level: Int? = nil, declaredTotal: Points? = nil,
        groups: [RubricGroup], bands: [Band] = [], legalBasis: [LegalCitation] = [], fallback: String? = nil,
        priorLevelMonths: Int? = nil, effective: VietnameseDate? = nil, recognitionYears: Int? = nil,
        nextLevelMonths: Int? = nil
    ) {
        self.id = id
        self.name = name
        self.regime = regime
        self.level = level
        self.declaredTotal = declaredTotal
        self.groups = groups
        self.bands = bands
        self.legalBasis = legalBasis
        self.fallback = fallback
        self.priorLevelMonths = priorLevelMonths
        self.effective = effective
        self.recognitionYears = recognitionYears
        self.nextLevelMonths = nextLevelMonths
    }

    /// TT24: the level's name as documents print it ("Mức độ 1"); nil for TT22.
    package var levelName: String? {
        level.map { "Mức độ \($0)" }
    }

    /// Every criterion in print order.
    package var criteria: [Criterion] { groups.flatMap(\.criteria) }

    /// The criterion with `code`, if any.
    package func criterion(_ code: String) -> Criterion? {
        criteria.first { $0.code == code }
    }

    /// The sum of every criterion's maximum.
    package var maximum: Points {
        groups.reduce(Points.zero) { $0 + $1.maximum }
    }

    /// The band a total falls in: the band with the highest minimum not above `total`.
    package func band(for total: Points) -> Band? {
        bands.sorted { $0.minimum > $1.minimum }.first { total >= $0.minimum }
    }

    /// Everything inconsistent in the rubric; empty when it is usable.
    package func problems() -> [RubricProblem] {
        var problems: [RubricProblem] = []
        var seen = Set<String>()
        for group in groups {
            if group.criteria.isEmpty { problems.append(.emptyGroup(group.code)) }
            for criterion in group.criteria {
                if !seen.insert(criterion.code).inserted { problems.append(.duplicateCode(criterion.code)) }
                switch (regime, criterion.scoring) {
                case (.tt22, .target), (.tt24, .points):
                    problems.append(.maximumMismatch(code: criterion.code, regime: regime))
                case (.tt22, .points(let maximum)) where maximum <= .zero:
                    problems.append(.nonPositiveMaximum(code: criterion.code, maximum: maximum))
                default:
                    break
                }
                if let threshold = criterion.threshold, !(1...100).contains(threshold.percent) {
                    problems.append(.thresholdOutOfRange(code: criterion.code, percent: threshold.percent))
                }
            }
        }
        switch regime {
        case .tt22:
            if let declaredTotal, declaredTotal != maximum {
                problems.append(.totalMismatch(declared: declaredTotal, actual: maximum))
            }
            problems += bandProblems()
        case .tt24:
            if !bands.isEmpty { problems.append(.bandsMismatch(regime: regime)) }
            if level != 1 && level != 2 { problems.append(.invalidLevel(level)) }
        }
        return problems
    }

    private func bandProblems() -> [RubricProblem] {
        guard !bands.isEmpty else { return [.bandsMismatch(regime: regime)] }
        var problems: [RubricProblem] = []
        var names = Set<String>()
        for band in bands where !names.insert(band.name).inserted {
            problems.append(.duplicateBand(band.name))
        }
        let ascending = bands.sorted { $0.minimum < $1.minimum }
        if let lowest = ascending.first, lowest.minimum != .zero {
            problems.append(.bandsDoNotStartAtZero(lowest: lowest.minimum))
        }
        for (lower, upper) in zip(ascending, ascending.dropFirst()) {
            let stop = lower.below ?? upper.minimum
            if lower.minimum == upper.minimum || stop > upper.minimum {
                problems.append(.bandsOverlap(lower: lower.name, upper: upper.name))
            } else if stop < upper.minimum {
                problems.append(.bandsGap(lower: lower.name, upper: upper.name))
            }
        }
        for band in ascending where band.minimum > maximum {
            problems.append(.bandAboveMaximum(name: band.name, minimum: band.minimum, maximum: maximum))
        }
        return problems
    }
}
