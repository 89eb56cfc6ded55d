/// How much text a fixed box of a form holds: beyond it the text is cut off on the printed page, so
/// a longer value gets a warning naming the form and the field.
struct FormFieldLimit: Sendable {
    /// The form and the place on it, as a secretary would look for it ("M1 (bìa), dòng tên đơn vị").
    let place: Messages.FormPlace
    /// The most characters that fit.
    let characters: Int

    /// M1's top band is a table row of exact height (2400 twips, Forms/M1-Bia): the parent body (one
    /// line) and the unit's name in 13 pt bold capitals, about 55 to a line. Looked at in the PDF of
    /// An Sơn's cover: 260 characters print as five lines with the rule under them; 330 lose the rule
    /// and half of a seventh line.
    static let coverUnitName = FormFieldLimit(place: .coverUnitName, characters: 260)
    /// The parent body shares that band: two lines at most.
    static let coverParent = FormFieldLimit(place: .coverParent, characters: 110)

    /// Whether `text` fits.
    func admits(_ text: String) -> Bool { text.count <= characters }
}
