import Dossier
import Foundation

/// The checking pipelines `hoso serve` renders with. Compiling the OOXML schemas costs far more
/// than a render's own checks, so a pipeline is made once and kept for the next render instead of
/// being made for every click of "Lập hồ sơ". A render holds a pipeline of its own while it runs
/// (libxml2's compiled schemas are not shared between threads), so there are at most as many as
/// renders ever ran at once — the render slots; all of them share one forms catalog.
final class PipelinePool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [DossierPipeline] = []
    private var madeCount = 0
    private let make: @Sendable (FormCatalog) throws -> DossierPipeline
    private let shared: CatalogOnce

    /// A pool over the forms in `formsRoot`, making its pipelines with `make` from the one catalog
    /// they share (read the first time it is needed).
    init(formsRoot: URL, make: @escaping @Sendable (FormCatalog) throws -> DossierPipeline = { try DossierPipeline(catalog: $0, checking: true) }) {
        self.shared = CatalogOnce(formsRoot: formsRoot)
        self.make = make
    }

    /// The forms catalog every pipeline of the pool renders with (a verify of a rendered folder uses it too).
    func catalog() throws -> FormCatalog {
        try shared.get()
    }

    /// How many pipelines were made (schemas compiled) so far.
    var made: Int {
        lock.lock()
        defer { lock.unlock() }
        return madeCount
    }

    /// Runs `body` with a pipeline no other render is using, kept for the next one after.
    func withPipeline<T>(_ body: (DossierPipeline) throws -> T) throws -> T {
        let pipeline = try take()
        defer { put(pipeline) }
        return try body(pipeline)
    }

    private func take() throws -> DossierPipeline {
        lock.lock()
        if let pipeline = idle.popLast() {
            lock.unlock()
            return pipeline
        }
        madeCount += 1
        lock.unlock()
        // Compiled outside the lock: a second render starting meanwhile does not wait for it.
        return try make(try shared.get())
    }

    private func put(_ pipeline: DossierPipeline) {
        lock.lock()
        defer { lock.unlock() }
        idle.append(pipeline)
    }
}

/// The forms catalog of a folder, read the first time it is asked for and shared after.
private final class CatalogOnce: @unchecked Sendable {
    private let lock = NSLock()
    private let formsRoot: URL
    private var catalog: FormCatalog?

    init(formsRoot: URL) {
        self.formsRoot = formsRoot
    }

    func get() throws -> FormCatalog {
        lock.lock()
        defer { lock.unlock() }
        if let catalog { return catalog }
        let read = try FormCatalog(root: formsRoot)
        catalog = read
        return read
    }
}
