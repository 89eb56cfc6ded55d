import Diagnostics
import Foundation
import OOXML
import Testing

@testable import DocxTemplate

/// Expressions, statements and filters beyond paths and comparisons, each rendered by both
/// renderers (which must agree) from one paragraph.
@Suite struct ExpressionTests {
    private static let data: TemplateValue = [
        "xs": [3, 1, 2], "d": ["k": "giá trị", "a": 1], "i": 1, "n": 7, "price": 0.1, "qty": 3,
        "name": "  nguyễn văn an  ",
        "members": [
            ["name": "Bình", "points": 9.5], ["name": "an", "points": 8.25], ["name": "Chi", "points": 9.5],
        ],
        "empty": [], "none": nil, "flag": true, "scores": ["b": 2, "a": 3, "c": 1],
    ]

    /// The text of one paragraph holding `source`, from both renderers.
    private func render(_ source: String, _ context: TemplateValue = data, undefinedIsEmpty: Bool = false) throws -> String {
        let escaped = source.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(
            of: ">", with: "&gt;")
        let body = "<w:p><w:r><w:t xml:space=\"preserve\">\(escaped)</w:t></w:r></w:p>"
        let template = try Template(package: TestPackage.make(body: body), name: "t")
        let bytes = try template.render(context, forcingTrees: false, undefinedIsEmpty: undefinedIsEmpty)
        let trees = try template.render(context, forcingTrees: true, undefinedIsEmpty: undefinedIsEmpty)
        #expect(bytes.part("word/document.xml") == trees.part("word/document.xml"))
        return try TestPackage.text(of: bytes)
    }

    /// The English message of a failing render of one paragraph.
    private func failure(_ source: String, _ context: TemplateValue = data) throws -> String {
        do {
            _ = try render(source, context)
            return ""
        } catch let error as DiagnosticError {
            return error.diagnostics.map { $0.rendered(in: .en) }.joined(separator: "\n")
                .replacingOccurrences(of: #"^t:word/document.xml:2:385: error: paragraph 1: "#, with: "", options: .regularExpression)
        }
    }

    static let cases: [(source: String, text: String)] = [
        (
            "{{ xs[0] }}/{{ xs[-1] }}/{{ xs[i] }}/{{ d['k'] }}/{{ d[\"a\"] }}/{{ members[0].name }}/{{ members[i]['name'] }}",
            "3/2/1/giá trị/1/Bình/an"
        ),
        ("{{ 'có' if flag else 'không' }} {{ 'x' if none }}|{{ 'a' if n > 5 else 'b' if n > 2 else 'c' }}", "có |a"),
        (
            "{{ price * qty }} {{ price + 0.2 }} {{ 10 / 4 }} {{ 1 / 3 }} {{ 7 // 2 }} {{ -7 // 2 }} {{ -7 % 3 }} {{ 2 - 5 }} {{ -n }}",
            "0.3 0.3 2.5 0.333333333333333 3 -4 2 -3 -7"
        ),
        ("{{ 'Số ' ~ n ~ '/' ~ xs | length }} {{ 'ab' * 2 }} {{ 'a' + 'b' }} {{ (xs + [4]) | join(',') }}", "Số 7/3 abab ab 3,1,2,4"),
        ("{{ [1, 'hai', n] | join(' ') }} {{ [] | length }} {{ [n, n * 2,] | sum }}", "1 hai 7 0 21"),
        (
            "{{ x is defined }} {{ n is defined }} {{ d.zz is defined }} {{ none is none }} {{ n is not none }} {{ n is odd }} {{ xs is sequence }} {{ d is mapping }}",
            "False True False True True True True True"
        ),
        ("{% set total = members | sum(attribute='points') %}{{ total }} {% set total = total + 1 %}{{ total }}", "27.25 28.25"),
        (
            "{% for k, v in d.items() %}{{ k }}={{ v }};{% endfor %} {{ d.keys() | join(',') }} {{ d.values() | join(',') }}",
            "a=1;k=giá trị; a,k 1,giá trị"
        ),
        ("{% for m in empty %}{{ m }}{% else %}không có{% endfor %}|{% for x in xs %}{{ x }}{% else %}-{% endfor %}", "không có|312"),
        ("{% for m in members %}{% set label = loop.index ~ '.' %}{{ label }}{{ m.name }} {% endfor %}", "1.Bình 2.an 3.Chi "),
        (
            "{{ '<b> & c' | e }} {{ xs | count }} {{ 8.25 | round(1) }} {{ 8.24 | round(1) }} {{ -2.5 | round }} {{ 2.71 | round(1, 'floor') }} {{ 2.01 | round(0, 'ceil') }}",
            "<b> & c 3 8.3 8.2 -3 2.7 3"
        ),
        (
            "{{ '3.9' | int }} {{ -3.9 | int }} {{ 'x' | int }} {{ 'x' | int(5) }} {{ '2.50' | float }} {{ -4 | abs }} {{ 5 | string ~ '!' }}",
            "3 -3 0 5 2.5 4 5!"
        ),
        ("{{ '%s: %d điểm (%.2f) %%' | format('An', 9.7, 8.5) }}", "An: 9 điểm (8.50) %"),
        (
            "{{ name | trim | title }}|{{ '--x--' | trim('-') }}|{{ 'a-b-c' | replace('-', '+') }}|{{ 'a-b-c' | replace('-', '+', 1) }}",
            "Nguyễn Văn An|x|a+b+c|a+b-c"
        ),
        (
            "{{ xs | first }} {{ xs | last }} {{ empty | first }}|{{ xs | sort | join }} {{ xs | sort(reverse=true) | join }} {{ xs | reverse | join }}",
            "3 2 |123 321 213"
        ),
        (
            "{{ xs | min }} {{ xs | max }} {{ (members | max(attribute='points')).name }} {{ (members | min(attribute='points')).name }}",
            "1 3 Bình an"
        ),
        (
            "{{ [1, 2, 1, 3, 2] | unique | join }} {{ ['a', 'A', 'b'] | unique | join }} {{ members | unique(attribute='points') | length }}",
            "123 ab 2"
        ),
        ("{{ 1e3 + 1 }} {{ 2.5e-1 * 4 }}", "1001 1"),
        // Jinja built-ins docxtpl users write.
        (
            "{% for i in range(3) %}{{ i }}{% endfor %} {{ range(1, 4) | join(',') }} {{ range(10, 0, -3) | join(',') }} {{ range(0) | length }}",
            "012 1,2,3 10,7,4,1 0"
        ),
        ("{{ 'abc' | list | join('-') }} {{ d | list | join }} {{ xs | list | join }}", "a-b-c ak 312"),
        (
            "{{ 'Một hai ba bốn năm sáu' | truncate(12) }}|{{ 'Một hai ba bốn năm sáu' | truncate(12, true) }}|{{ 'ngắn' | truncate(3, end='…', leeway=0) }}|{{ 'abc' | truncate(5) }}",
            "Một hai...|Một hai b...|ng…|abc"
        ),
        ("{{ 'Chào bạn, an_2 và 3 người!' | wordcount }} {{ '' | wordcount }}", "6 0"),
        ("{{ n is divisibleby 7 }} {{ n is divisibleby(3) }} {{ 12 is divisibleby(4) }} {{ n is not divisibleby 2 }}", "True False True True"),
        (
            "{{ 3 is gt 2 }} {{ 'a' is in 'abc' }} {{ 'abc' is lower }} {{ 'AB' is upper }} {{ n is eq(7) }} {{ n is ne 7 }} {{ 2 is le(1) }}",
            "True True True True True False False"
        ),
        ("{% for x in xs %}{{ loop.cycle('a', 'b') }}{{ loop.revindex }}{{ loop.revindex0 }}{% endfor %}", "a32b21a10"),
        ("{% for x in xs %}{{ loop.previtem | default('-') }}>{{ x }}>{{ loop.nextitem | default('-') }} {% endfor %}", "->3>1 3>1>2 1>2>- "),
        ("{% for x in xs %}{% if loop.previtem is defined and x < loop.previtem %}↓{% endif %}{{ x }}{% endfor %}", "3↓12"),
        (
            "{{ members | join(', ', attribute='name') }}; {{ members | map(attribute='name') | join('/') }}; {{ members | map(attribute='x', default='?') | join }}",
            "Bình, an, Chi; Bình/an/Chi; ???"
        ),
        ("{{ ['a', 'b'] | map('upper') | join }} {{ [8.25, 9.44] | map('round', 1) | join(' ') }}", "AB 8.3 9.4"),
        (
            "{{ members | selectattr('points', '>=', 9) | map(attribute='name') | join }} {{ members | rejectattr('points', 'eq', 9.5) | map(attribute='name') | join }}",
            "BìnhChi an"
        ),
        (
            "{{ members | selectattr('name', 'in', ['an', 'Chi']) | length }} {{ members | selectattr('points') | length }} {{ members | selectattr('x', 'defined') | length }} {{ members | rejectattr('x', 'defined') | length }}",
            "2 3 0 3"
        ),
        (
            "{{ [1, 2, 3, 4, 5, 6] | select('odd') | join }} {{ [1, 0, none, 'a'] | select | join }} {{ range(10) | reject('divisibleby', 3) | join }}",
            "135 1a 124578"
        ),
        (
            "{% for k, v in d | dictsort %}{{ k }}={{ v }};{% endfor %} {% for k, v in d | dictsort(reverse=true) %}{{ k }}{% endfor %} {{ scores | dictsort(by='value') | map(attribute='0') | join }}",
            "a=1;k=giá trị; ka cba"
        ),
        (
            "{% for row in range(1, 8) | batch(3) %}[{{ row | join(',') }}]{% endfor %} {% for row in [1, 2, 3, 4] | batch(3, 0) %}[{{ row | join }}]{% endfor %}",
            "[1,2,3][4,5,6][7] [123][400]"
        ),
        (
            "{{ xs[1:] | join }} {{ xs[:2] | join }} {{ xs[::-1] | join }} {{ xs[-2:] | join }} {{ 'nguyễn'[0:3] }} {{ xs[5:9] | length }} {{ range(10)[1:8:3] | join }}",
            "12 31 213 12 ngu 0 147"
        ),
    ]

    @Test(arguments: cases.indices)
    func expressionPrints(_ index: Int) throws {
        let (source, text) = Self.cases[index]
        #expect(try render(source) == text, "\(source)")
    }

    @Test func sortByAttributeIgnoresCaseAndKeepsTies() throws {
        #expect(try render("{% for m in members | sort(attribute='name') %}{{ m.name }} {% endfor %}") == "an Bình Chi ")
        #expect(try render("{% for m in members | sort(attribute='points', reverse=true) %}{{ m.name }} {% endfor %}") == "Bình Chi an ")
    }

    @Test func setInAParagraphLoopAndAfterAnIf() throws {
        let body = """
            <w:p><w:r><w:t>{%p set count = 0 %}</w:t></w:r></w:p>\
            <w:p><w:r><w:t>{%p if flag %}</w:t></w:r></w:p><w:p><w:r><w:t>{%p set count = 5 %}</w:t></w:r></w:p><w:p><w:r><w:t>{%p endif %}</w:t></w:r></w:p>\
            <w:p><w:r><w:t>{%p for m in members %}</w:t></w:r></w:p><w:p><w:r><w:t>{%p set count = count + 1 %}</w:t></w:r></w:p>\
            <w:p><w:r><w:t>{{ m.name }}: {{ count }}</w:t></w:r></w:p><w:p><w:r><w:t>{%p endfor %}</w:t></w:r></w:p>\
            <w:p><w:r><w:t>sau: {{ count }}</w:t></w:r></w:p>
            """
        let template = try Template(package: TestPackage.make(body: body), name: "t")
        for trees in [false, true] {
            // As in Jinja: a set inside `if` stays, a set inside a loop body is the iteration's.
            #expect(try TestPackage.text(of: template.render(Self.data, forcingTrees: trees)) == "Bình: 6\nan: 6\nChi: 6\nsau: 5")
        }
        #expect(template.variables.map(\.path) == ["flag", "members", "members[].name"])
    }

    @Test func failuresAreLocatedAndSaySo() throws {
        #expect(try failure("{{ 1 / (n - 7) }}") == "tag '{{ 1 / (n - 7) }}': division by zero")
        #expect(try failure("{{ 'a' - 1 }}") == "tag '{{ 'a' - 1 }}': cannot compute string - number")
        #expect(try failure("{{ xs.items() }}") == "tag '{{ xs.items() }}': 'items()' needs an object, got a list")
        #expect(
            try failure("{{ [1, 'a'] | sort | join }}")
                == "tag '{{ [1, 'a'] | sort | join }}': filter 'sort' cannot order numbers and texts in one list")
        #expect(
            try failure("{{ '%d' | format('x') }}")
                == "tag '{{ '%d' | format('x') }}': format pattern '%d' does not match its arguments (use %s for text, %d for whole numbers, %.2f for decimals, %% for a percent sign)"
        )
        #expect(
            try failure("{{ xs | sort(by='x') }}")
                == "tag '{{ xs | sort(by='x') }}': wrong arguments for filter 'sort'; usage: sort | sort(reverse=true) | sort(attribute=\"name\")")
        #expect(try failure("{{ d.zz }}") == "tag '{{ d.zz }}': 'd' has no field 'zz'. Names available: 'a', 'k'")
        #expect(
            try failure("{{ range(1, 2, 0) }}")
                == "tag '{{ range(1, 2, 0) }}': range takes 1 to 3 whole numbers: range(stop), range(start, stop), range(start, stop, step), a step other than 0"
        )
        #expect(
            try failure("{{ range(200000) | length }}") == "tag '{{ range(200000) | length }}': range gives 200000 numbers, over the limit of 100000")
        #expect(
            try failure("{{ xs[::0] }}")
                == "tag '{{ xs[::0] }}': a slice [start:stop:step] needs whole numbers, a step other than 0, on a list or a string")
        #expect(try failure("{{ n.cycle(1) }}") == "tag '{{ n.cycle(1) }}': loop.cycle(…) works inside a loop only, with at least one value")
        #expect(
            try failure("{{ members | selectattr('points', 'bigger', 3) | length }}").hasPrefix(
                "tag '{{ members | selectattr('points', 'bigger', 3) | length }}': unknown test 'bigger'"))
        #expect(
            try failure("{{ xs | select('divisibleby') | length }}")
                == "tag '{{ xs | select('divisibleby') | length }}': test 'divisibleby' takes exactly one argument, e.g. x is divisibleby(3)")
        // Jinja's positional dictsort arguments and Python's '%' formatting are refused, not guessed at.
        #expect(
            try failure("{{ d | dictsort(false, 'value') }}")
                == "tag '{{ d | dictsort(false, 'value') }}': wrong arguments for filter 'dictsort'; usage: dictsort | dictsort(by=\"value\") | dictsort(reverse=true)"
        )
        #expect(try failure("{{ '%s' % n }}") == "tag '{{ '%s' % n }}': cannot compute string % number")
        #expect(try failure("{{ d | batch(0) }}") == "tag '{{ d | batch(0) }}': wrong arguments for filter 'batch'; usage: batch(3) | batch(3, \"\")")
    }

    @Test func parseErrorsNameWhatIsWrong() {
        func message(_ source: String) -> String {
            do {
                _ = try TagParser.parse(source)
                return ""
            } catch {
                return error.message.en
            }
        }
        #expect(message("{{ x is nonee }}") == "unknown test 'nonee'. Did you mean 'none'?")
        #expect(message("{{ d.pop() }}") == "unsupported method 'pop()' (only items(), keys(), values(), loop.cycle(…))")
        #expect(message("{% set = 1 %}") == "'set' needs a variable name and '=', e.g. {% set total = a + b %}")
        #expect(message("{% set loop = 1 %}") == "'set' needs a variable name and '=', e.g. {% set total = a + b %}")
        #expect(message("{{ lipsum(2) }}") == "no function 'lipsum()': a template can only call range(…); use a filter instead, e.g. x | lipsum")
        #expect(message("{{ x.split() }}") == "unsupported method 'split()' (only items(), keys(), values(), loop.cycle(…))")
        // Python and Jinja syntax hoso refuses rather than guesses at.
        #expect(message("{{ 2 ** 3 }}") == "unexpected '*'")
        #expect(message("{{ 1 < n < 3 }}") == "unexpected '<'")
        #expect(message("{{ n is integer }}").hasPrefix("unknown test 'integer'."))
        #expect(message("{{ n is float }}").hasPrefix("unknown test 'float'."))
    }

    @Test func parsedShapes() throws {
        #expect(try TagParser.parse("{{ xs[0].name }}") == .output(.variable(["xs", "0", "name"])))
        #expect(try TagParser.parse("{{ xs[i].name }}") == .output(.subscript(.subscript(.variable(["xs"]), .variable(["i"])), .literal("name"))))
        #expect(
            try TagParser.parse("{{ a ~ b + c }}") == .output(.binary(.add, .binary(.concat, .variable(["a"]), .variable(["b"])), .variable(["c"]))))
        #expect(try TagParser.parse("{{ -x | abs }}") == .output(.filter(.negate(.variable(["x"])), name: "abs", arguments: [])))
        #expect(
            try TagParser.parse("{{ not x is defined }}") == .output(.not(.test(.variable(["x"]), name: "defined", negated: false, argument: nil))))
        #expect(
            try TagParser.parse("{% for k, v in d.items() %}")
                == .statement(.for(variables: ["k", "v"], sequence: .method(.variable(["d"]), name: "items")), .inline))
    }

    @Test func undefinedNamesPrintEmptyWhenAsked() throws {
        let source =
            "[{{ nope }}][{{ nope.x | upper }}][{{ nope | default('—') }}][{{ nope is defined }}][{% if nope %}có{% else %}không{% endif %}][{% for x in nope %}{{ x }}{% endfor %}][{{ d.zz }}]"
        #expect(try render(source, undefinedIsEmpty: true) == "[][][—][False][không][][]")
        #expect(try failure("{{ nope }}") == "tag '{{ nope }}': no variable 'nope' in the data. Did you mean 'none'?")
    }

    /// Strict mode catches a misspelt name that is printed, but a name that is only tested
    /// (`default`, `is defined`, an `if` condition, a conditional expression) is allowed to be
    /// absent, as in docxtpl's `{{ unknowvar | default("Testé") }}`.
    @Test func strictModeLetsTestedNamesBeMissing() throws {
        let source =
            "[{{ unknowvar | default(\"Testé\") }}][{{ nope.x | default('—') }}][{% if nope %}có{% else %}không{% endif %}]"
            + "[{% if nope and nope.x %}có{% endif %}][{{ 'có' if nope else 'không' }}][{{ nope is not defined }}][{% if not nope %}vắng{% endif %}]"
        #expect(try render(source) == "[Testé][—][không][][không][True][vắng]")
        #expect(try failure("{{ nope | upper }}") == "tag '{{ nope | upper }}': no variable 'nope' in the data. Did you mean 'none'?")
        #expect(try failure("{{ nope | default(nope2) }}").hasPrefix("tag '{{ nope | default(nope2) }}': no variable 'nope2' in the data"))
        #expect(try failure("{% if nope %}{{ nope }}{% else %}{{ typo }}{% endif %}").contains("tag '{{ typo }}': no variable 'typo' in the data"))
    }
}
