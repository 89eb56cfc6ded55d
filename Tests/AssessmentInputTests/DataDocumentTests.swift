import Testing

@testable import AssessmentInput

/// Editing a data file by key path and writing it back (the web form's save).
@Suite("DataDocument")
struct DataDocumentTests {
    @Test("Untouched keys and their quoting stay; flow style becomes block style; new texts YAML would misread are quoted")
    func roundTrip() throws {
        var document = try #require(
            DataDocument(
                text: """
                    unit: {name: Trường A, symbol: TA}
                    year: 2023
                    meeting:
                      start: "14:00"
                    scores:
                      "1.1": {met: true}
                      3b: {points: 10}
                    """))
        document.set(["unit", "name"], text: "Trường Tiểu học An Sơn")
        document.set(["scores", "3b", "points"], text: "5")
        document.set(["scores", "3b", "reason"], text: "Tập thể chỉ đạt Lao động tiên tiến")
        document.set(["scores", "1.1", "met"], text: "false")
        document.set(["meeting", "end"], text: "16:30")
        document.set(["recipient"], text: "yes")
        #expect(
            document.yaml() == """
                unit:
                  name: Trường Tiểu học An Sơn
                  symbol: TA
                year: 2023
                meeting:
                  start: "14:00"
                  end: '16:30'
                scores:
                  "1.1":
                    met: false
                  3b:
                    points: 5
                    reason: Tập thể chỉ đạt Lao động tiên tiến
                recipient: 'yes'

                """)
    }

    @Test("A blank value or an empty list removes the key; an emptied mapping goes with it")
    func removal() throws {
        var document = try #require(DataDocument(text: "a:\n  b: 1\nc: [x, y]\nd: 2\n"))
        document.set(["a", "b"], text: "  ")
        document.set(["c"], texts: ["", " "])
        #expect(document.yaml() == "d: 2\n")
    }

    @Test("Rows keep each row's other fields, drop blank cells and empty rows")
    func rows() throws {
        var document = try #require(DataDocument(text: "members:\n- {name: A, position: GV, exemption: nghỉ sinh}\n"))
        document.set(
            ["members"], rows: [["name": "Á", "position": ""], ["name": "", "position": ""], ["name": "B", "position": "NV"]],
            columns: ["name", "position"])
        #expect(document.rows(["members"]) == [["name": "Á", "exemption": "nghỉ sinh"], ["name": "B", "position": "NV"]])
        #expect(document.yaml() == "members:\n- name: Á\n  exemption: nghỉ sinh\n- name: B\n  position: NV\n")
    }

    @Test("The starter's placeholders are recognised; what is not YAML with a mapping is refused")
    func placeholders() {
        let document = DataDocument(text: "unit:\n  name: \"<Tên đơn vị>\"\n")
        #expect(document?.isPlaceholder(["unit", "name"]) == true)
        #expect(DataDocument(text: "- a\n- b\n") == nil)
        #expect(DataDocument(text: "a: [\n") == nil)
    }
}
