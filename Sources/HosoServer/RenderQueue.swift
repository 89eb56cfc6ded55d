/// At most `slots` renders at a time (the cores), at most `maxWaiting` waiting for a slot; beyond
/// that a render is refused at once, so fifty clicks never start fifty LibreOffice processes.
actor RenderQueue {
    let slots: Int
    let maxWaiting: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    /// The most renders that ever ran at once (for the tests).
    private(set) var peak = 0

    init(slots: Int, maxWaiting: Int = ServerLimits.maxWaitingRenders) {
        self.slots = max(1, slots)
        self.maxWaiting = maxWaiting
    }

    /// Runs `work` when a slot is free; nil when too many renders are already waiting.
    func run<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T? {
        if running >= slots {
            guard waiting.count < maxWaiting else { return nil }
            await withCheckedContinuation { waiting.append($0) }
        } else {
            running += 1
        }
        peak = max(peak, running)
        defer { release() }
        return try await work()
    }

    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
