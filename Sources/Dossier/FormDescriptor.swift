/// What a form folder's `form.yaml` says about the form: its id, its place in the bound dossier,
/// the file it becomes and which regime's dossier it belongs to.
public struct FormDescriptor: Sendable, Hashable, Codable {
    /// Short id used on the command line: "M1", "M3", "QD", "TH24"…
    public var id: String
    /// The Vietnamese title ("Báo cáo tự đánh giá, xếp loại").
    public var title: String
    /// The output file name without extension, ASCII ("5-M3-Bao-cao").
    public var file: String
    /// The binding number: forms are bound in increasing order.
    public var order: Int
    /// The regimes whose dossier holds this form ("TT22", "TT24").
    public var regimes: [String]
    /// Which entry of the context's `documents` is this form's `doc` (none for the cover).
    public var document: String?
    /// "portrait" or "landscape".
    public var orientation: String?

    /// A descriptor (tests and custom forms).
    public init(id: String, title: String, file: String, order: Int, regimes: [String], document: String?, orientation: String? = nil) {
        self.id = id
        self.title = title
        self.file = file
        self.order = order
        self.regimes = regimes
        self.document = document
        self.orientation = orientation
    }
}
