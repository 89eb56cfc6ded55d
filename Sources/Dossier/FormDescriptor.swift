package import Assessment

/// What a form folder's `form.yaml` says about the form: its id, its place in the bound dossier,
/// the file it becomes and which regime's dossier it belongs to.
package struct FormDescriptor: Sendable, Hashable, Codable {
    /// Short id used on the command line: "M1", "M3", "QD", "TH24"…
    package var id: String
    /// The Vietnamese title ("Báo cáo tự đánh giá, xếp loại").
    package var title: String
    /// The output file name without extension, ASCII ("5-M3-Bao-cao").
    package var file: String
    /// The binding number: forms are bound in increasing order.
    package var order: Int
    /// The regimes whose dossier holds this form (written "TT22", "TT24").
    package var regimes: [Regime]
    /// Which entry of the context's `documents` is this form's `doc` (none for the cover).
    package var document: DocumentKind?
    /// How its pages are laid out, when the form says.
    package var orientation: Orientation?
    /// Whether its data table's columns are sized to what they hold (`ColumnFit`), `fit_columns` in `form.yaml`.
    package var fitColumns: Bool?
    /// What changes when the form is part of one regime's dossier (M5 is bound 7th for TT22, 5th for TT24).
    package var byRegime: [Regime: Override]?

    /// Which way a form's pages are laid out (written "portrait", "landscape").
    package enum Orientation: String, Sendable, Hashable, Codable {
        /// Upright A4.
        case portrait
        /// A4 on its side (the wide tables of M5).
        case landscape
    }

    /// Fields a regime may change.
    package struct Override: Sendable, Hashable, Codable {
        /// Another id in that regime's dossier ("QD24").
        package var id: String?
        /// Another title.
        package var title: String?
        /// Another output file name.
        package var file: String?
        /// Another binding number.
        package var order: Int?
    }

    /// The regimes as `form.yaml` writes them, comma-separated: "TT22,TT24".
    package var regimeList: String { regimes.map(\.rawValue).joined(separator: ",") }

    /// The descriptor as it stands in `regime`'s dossier, overrides applied.
    package func resolved(for regime: Regime) -> FormDescriptor {
        guard let change = byRegime?[regime] else { return self }
        var form = self
        form.id = change.id ?? id
        form.title = change.title ?? title
        form.file = change.file ?? file
        form.order = change.order ?? order
        form.byRegime = nil
        return form
    }

    enum CodingKeys: String, CodingKey {
        case id, title, file, order, regimes, document, orientation
        case fitColumns = "fit_columns"
        case byRegime = "by_regime"
    }

    /// A descriptor (tests and custom forms).
    package init(
        id: String, title: String, file: String, order: Int, regimes: [Regime], document: DocumentKind?,
        orientation: Orientation? = nil
    ) {
        self.id = id
        self.title = title
        self.file = file
        self.order = order
        self.regimes = regimes
        self.document = document
        self.orientation = orientation
    }
}
