import Foundation

/// One result per index, filled from concurrent workers under a lock; read once they are done.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<Value, any Error>?]
    private var filled = 0

    /// `count` empty slots.
    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// Stores `result` at `index`, then calls `then` with how many slots are filled now, still
    /// under the lock (so reports of progress come out in order).
    func store(_ result: Result<Value, any Error>, at index: Int, then: (Int) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = result
        filled += 1
        then(filled)
    }

    /// Every result, in index order (call after all workers finished).
    var values: [Result<Value, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? .failure(CancellationError()) }
    }
}
