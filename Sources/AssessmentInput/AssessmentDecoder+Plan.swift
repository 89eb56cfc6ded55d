import Assessment
import Diagnostics
import Yams

extension AssessmentDecoder {
    static let planKeys = ["purposes", "requirements", "scope", "actions", "targets", "target_points", "actors", "timeline"]

    /// The contents of the unit's plan (Kế hoạch): every key optional.
    func decodePlan(_ node: Node, rubric: Rubric?) -> UnitPlan? {
        guard let f = reader.fields(node, path: "plan", keys: Self.planKeys) else { return nil }
        func texts(_ key: String) -> [String] { f[key].map { reader.texts($0, path: f.path(key)) } ?? [] }
        var actions: [String: [String]] = [:]
        if let actionsNode = f["actions"] {
            if case .mapping(let mapping) = actionsNode {
                for (keyNode, value) in mapping {
                    let code = keyNode.scalar?.string ?? ""
                    let path = "plan.actions.\(code)"
                    if let rubric, rubric.criterion(code) == nil {
                        let codes = rubric.criteria.map(\.code)
                        reader.error(
                            keyNode, path,
                            Messages.unknownCriterion(
                                code, rubric: rubric.id, suggestion: Suggestion.closest(to: code, among: codes)))
                        continue
                    }
                    actions[code] = reader.texts(value, path: path)
                }
            } else {
                reader.error(actionsNode, f.path("actions"), Messages.expectedMapping(found: reader.describe(actionsNode)))
            }
        }
        let targetPoints = f["target_points"].flatMap { reader.points($0, path: f.path("target_points")) }
        var actors: [UnitPlan.Actor] = []
        if let items = f["actors"].flatMap({ reader.items($0, path: f.path("actors")) }) {
            for item in items {
                guard let a = reader.fields(item.node, path: item.path, keys: ["name", "tasks"], required: ["name", "tasks"]),
                    let name = a["name"].flatMap({ reader.text($0, path: a.path("name")) }),
                    let tasks = a["tasks"].map({ reader.texts($0, path: a.path("tasks")) })
                else { continue }
                actors.append(UnitPlan.Actor(name: name, tasks: tasks))
            }
        }
        var timeline: [UnitPlan.Step] = []
        if let items = f["timeline"].flatMap({ reader.items($0, path: f.path("timeline")) }) {
            for item in items {
                guard
                    let s = reader.fields(
                        item.node, path: item.path, keys: ["time", "task", "owner"],
                        required: ["time", "task", "owner"]),
                    let time = s["time"].flatMap({ reader.text($0, path: s.path("time")) }),
                    let task = s["task"].flatMap({ reader.text($0, path: s.path("task")) }),
                    let owner = s["owner"].flatMap({ reader.text($0, path: s.path("owner")) })
                else { continue }
                timeline.append(UnitPlan.Step(time: time, task: task, owner: owner))
            }
        }
        return UnitPlan(
            purposes: texts("purposes"), requirements: texts("requirements"), scope: texts("scope"),
            actions: actions, targets: texts("targets"), targetPoints: targetPoints, actors: actors,
            timeline: timeline)
    }
}
