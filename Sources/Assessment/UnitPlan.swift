/// The unit's plan for the year (Kế hoạch, DOMAIN.md §4 "KH"): issued early in the year, bound
/// third in the TT22 dossier. Every list is optional; the form falls back on the rubric and the
/// usual wording of seeds 000, 001 and 003.
package struct UnitPlan: Sendable, Hashable {
    /// One actor of "III. TỔ CHỨC THỰC HIỆN" (Ban giám hiệu, Công đoàn, …) with its tasks.
    package struct Actor: Sendable, Hashable {
        /// Who: "Ban giám hiệu".
        package var name: String
        /// What it does, one task per item.
        package var tasks: [String]

        /// An actor.
        package init(name: String, tasks: [String]) {
            self.name = name
            self.tasks = tasks
        }
    }

    /// One step of the self-assessment timeline.
    package struct Step: Sendable, Hashable {
        /// When: "Tháng 12/2023".
        package var time: String
        /// What is done.
        package var task: String
        /// Who does it.
        package var owner: String

        /// A step.
        package init(time: String, task: String, owner: String) {
            self.time = time
            self.task = task
            self.owner = owner
        }
    }

    /// A.1 Mục đích.
    package var purposes: [String]
    /// A.2 Yêu cầu.
    package var requirements: [String]
    /// B. Đối tượng áp dụng.
    package var scope: [String]
    /// C.I What the unit will do for each criterion, by criterion code.
    package var actions: [String: [String]]
    /// C.II Chỉ tiêu phấn đấu, beyond the target total and band.
    package var targets: [String]
    /// The total aimed at ("Đạt 90 điểm trở lên"), when set.
    package var targetPoints: Points?
    /// C.III Tổ chức thực hiện, one actor per item.
    package var actors: [Actor]
    /// The self-assessment timeline.
    package var timeline: [Step]

    /// A plan.
    package init(
        purposes: [String] = [], requirements: [String] = [], scope: [String] = [], actions: [String: [String]] = [:],
        targets: [String] = [], targetPoints: Points? = nil, actors: [Actor] = [], timeline: [Step] = []
    ) {
        self.purposes = purposes
        self.requirements = requirements
        self.scope = scope
        self.actions = actions
        self.targets = targets
        self.targetPoints = targetPoints
        self.actors = actors
        self.timeline = timeline
    }
}
