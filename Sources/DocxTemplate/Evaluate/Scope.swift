/// The variables visible while rendering: the data's top-level fields, shadowed by loop
/// variables and `loop`.
struct Scope {
    /// The data's top-level fields.
    var globals: [String: TemplateValue]
    /// Loop variables, innermost last.
    var locals: [(name: String, value: TemplateValue)] = []
    /// Whether a name the data does not have reads as undefined (printed empty, as docxtpl
    /// does) rather than being an error.
    var undefinedIsEmpty = false

    /// This scope with names the data lacks read as undefined: for the places that test a name
    /// (`if`, `default`) rather than print it.
    var tolerant: Scope {
        var copy = self
        copy.undefinedIsEmpty = true
        return copy
    }

    /// The value named `name`, innermost first.
    func lookup(_ name: String) -> TemplateValue? {
        var index = locals.endIndex
        while index > locals.startIndex {
            index -= 1
            if locals[index].name == name { return locals[index].value }
        }
        return globals[name]
    }

    /// Every visible name, for "Did you mean …?".
    var names: [String] { Array(Set(globals.keys).union(locals.map(\.name))) }

    /// Sets the value of the local added `offset` places after those of `base` (the scope this
    /// one was made from with `adding`).
    mutating func replaceLocal(at offset: Int, from base: Scope, with value: TemplateValue) {
        locals[base.locals.count + offset].value = value
    }

    /// A scope with one more local.
    func adding(_ name: String, _ value: TemplateValue) -> Scope {
        var copy = self
        copy.locals.append((name, value))
        return copy
    }
}
