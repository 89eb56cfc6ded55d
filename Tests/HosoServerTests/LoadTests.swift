import AssessmentInput
import Dossier
import Foundation
import Testing

@testable import HosoServer

/// Many clients on loopback at once, bounded in count and time: concurrent saves lose no write
/// (each either lands on the version it read or is told of the conflict and retries), concurrent
/// renders are held to the queue, and the server answers throughout.
@Suite("Server under load", .serialized)
struct LoadTests {
    @Test("6 writers × 4 saves and 6 renders at once: every write lands, no crash, renders queued", .timeLimit(.minutes(5)))
    func concurrentSavesAndRenders() async throws {
        let server = try await ServerHarness(fixtures: ["an-son-2023"], renderSlots: 2)
        let session = try await server.session()
        let file = server.workspace.appendingPathComponent("an-son-2023.yaml")
        let writers = 6, savesEach = 4, maxAttempts = 60
        let started = Date()

        let statuses = try await withThrowingTaskGroup(of: [Int].self) { group in
            for writer in 0..<writers {
                group.addTask {
                    var codes: [Int] = []
                    for save in 0..<savesEach {
                        let line = "Ý kiến của người \(writer), lần \(save)."
                        for _ in 0..<maxAttempts {
                            // What a page opened now would carry: the file's version and its opinions.
                            let bytes = try [UInt8](Data(contentsOf: file))
                            let opinions = DataDocument(text: String(decoding: bytes, as: UTF8.self))?.texts(["meeting", "opinions"]) ?? []
                            let answer = try await server.post(
                                "/don-vi/an-son-2023/luu",
                                [
                                    ("_version", Manifest.sha256(bytes)),
                                    ("meeting.opinions", (opinions + [line]).joined(separator: "\n")),
                                ], session: session)
                            codes.append(answer.status)
                            if answer.status == 303 { break }
                            #expect(answer.status == 409)
                        }
                    }
                    return codes
                }
            }
            for _ in 0..<6 {
                group.addTask {
                    let answer = try await server.post("/don-vi/an-son-2023/lap-ho-so", [], session: session)
                    return [answer.status]
                }
            }
            var all: [Int] = []
            for try await codes in group { all += codes }
            return all
        }
        #expect(!statuses.contains { $0 >= 500 && $0 != 503 })
        #expect(statuses.filter { $0 == 303 }.count >= writers * savesEach)
        let final = try String(contentsOf: file, encoding: .utf8)
        let opinions = DataDocument(text: final)?.texts(["meeting", "opinions"]) ?? []
        for writer in 0..<writers {
            for save in 0..<savesEach { #expect(opinions.contains("Ý kiến của người \(writer), lần \(save).")) }
        }
        #expect(AssessmentLoader().parse(text: final, file: "an-son-2023.yaml").isValid)
        #expect(await server.renderPeak() <= 2)
        #expect(try await server.send("GET", "/").status == 200)
        #expect(Date().timeIntervalSince(started) < 300)
    }

    @Test("The render queue never runs more than its slots and refuses beyond its waiting room")
    func queueBounds() async throws {
        let queue = RenderQueue(slots: 2, maxWaiting: 3)
        let results = await withTaskGroup(of: Int?.self) { group in
            for index in 0..<8 {
                group.addTask {
                    try? await queue.run { () -> Int in
                        try await Task.sleep(for: .milliseconds(200))
                        return index
                    }
                }
            }
            var all: [Int?] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.compactMap { $0 }.count == 5)
        #expect(results.filter { $0 == nil }.count == 3)
        #expect(await queue.peak == 2)
    }
}
