import Foundation
import Testing

/// A unit of 10,000 members renders M5 — a 10,000-row table, 20 MB of XML — within 200 MB, and
/// hoso validates the file within 256 MB (the bound verify keeps). Rendering measured 152–169 MB
/// before the pipeline facade, 201–205 MB after it (each form's rendered XML tree was kept beside
/// its bytes while they were checked, for a book one form does not make), 160 MB since the tree is
/// kept only when a book is bound. The bound is the promise, not the measurement.
@Suite struct LargeUnitTests {
    /// The An Sơn fixture with its members followed by enough more, each with a distinct name,
    /// to make `count`.
    static func unit(members count: Int) throws -> String {
        let lines = try HostileData.fixture().components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "members:"),
            let end = lines[start...].firstIndex(where: { $0.hasPrefix("# Điểm theo báo cáo") })
        else {
            throw CocoaError(.fileReadCorruptFile)
        }
        let given = Array(lines[(start + 1)..<end])
        let families = [
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Phan", "Trịnh", "Đinh", "Lương", "Mạc", "Phùng", "Đào",
        ]
        let middles = ["Văn", "Thị", "Thanh", "Minh", "Hữu", "Ngọc", "Thu", "Đức", "Quang", "Kim"]
        let names = [
            "An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng", "Khánh",
            "Lan", "Linh", "Long", "Nam", "Nga", "Ngân", "Phong", "Phúc", "Quân", "Quyên", "Sơn", "Tâm",
            "Trang", "Tuấn", "Uyên", "Vinh", "Yến", "Đạt", "Châu", "Diệp", "Khoa", "Lộc", "Nhung",
            "Quỳnh", "Tiến", "Trung", "Tú", "Việt", "Thắng", "Hiền", "Bảo", "Chi", "Duy", "Gia", "Hưng",
            "Kiên", "Mạnh", "Nhật",
        ]
        let taken = Set(given.compactMap { $0.split(separator: "name: ").last?.split(separator: ",").first.map(String.init) })
        var extra: [String] = []
        outer: for family in families {
            for middle in middles {
                for name in names where !taken.contains("\(family) \(middle) \(name)") {
                    guard given.count + extra.count < count else { break outer }
                    extra.append("  - {name: \(family) \(middle) \(name), position: Giáo viên, emulation_title: LĐTT}")
                }
            }
        }
        return (lines[...start] + given + extra + lines[end...]).joined(separator: "\n")
    }

    @Test func tenThousandMembersRenderM5Within200Megabytes() throws {
        let folder = try temporaryFolder("large")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("don-vi-lon.yaml")
        let text = try Self.unit(members: 10_000)
        #expect(text.components(separatedBy: "\n  - {name: ").count - 1 >= 10_000 - 8)  // council lines share the prefix
        try text.write(to: data, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out")

        let rendered = try Confinement.hoso(
            ["render", data.path, "--only", "M5", "-o", output.path],
            limits: .init(cpuSeconds: 120, addressSpaceMegabytes: 2_048, wallSeconds: 300))
        print("10,000 members, M5: peak \(Int(rendered.peakMegabytes)) MB, \(String(format: "%.1f", rendered.seconds)) s (debug build)")
        #expect(rendered.status == 0, "\(rendered)")
        #expect(rendered.peakMegabytes < 200, "\(rendered)")
        let file = output.appendingPathComponent("7-M5-Tong-hop.docx")
        #expect(FileManager.default.fileExists(atPath: file.path))

        // hoso validated it before writing it; check it again from the file, and its rows.
        let validated = try Confinement.hoso(["validate", file.path])
        #expect(validated.status == 0 && validated.output.hasPrefix("ĐẠT  "), "\(validated)")
        #expect(validated.peakMegabytes < 256, "\(validated)")
        let listed = try Confinement.run("/usr/bin/unzip", ["-p", file.path, "word/document.xml"])
        #expect(listed.output.components(separatedBy: "<w:tr>").count - 1 > 10_000)
        #expect(listed.output.contains("Nguyễn Thị Thanh Hương") && listed.output.contains("Phạm Hữu Tâm"))
    }
}
