#!/usr/bin/env python3
"""Writes the benchmark templates (unpacked OOXML folders) and their data. Deterministic; run
once after changing it: python3 Fixtures/bench/make_fixtures.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
FONT = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'


def run(text, bold=False, italic=False, size=28):
    props = FONT + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
    return '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (props, text)


def para(*runs, align=None, indent=False, after=120):
    ppr = '<w:pPr><w:spacing w:after="%d" w:line="288" w:lineRule="auto"/>%s%s</w:pPr>' % (
        after, '<w:ind w:firstLine="567"/>' if indent else "", '<w:jc w:val="%s"/>' % align if align else "")
    return "<w:p>%s%s</w:p>" % (ppr, "".join(runs))


def cell(width, *paragraphs, shade=False):
    tcpr = '<w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>' % (width, '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' if shade else "")
    return "<w:tc>%s%s</w:tc>" % (tcpr, "".join(paragraphs) or "<w:p/>")


SECT = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
        'w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>')


def package(folder, body, title):
    files = {
        "[Content_Types].xml": DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        "</Types>",
        "_rels/.rels": DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        "</Relationships>",
        "word/document.xml": DECL + "<w:document %s><w:body>%s%s</w:body></w:document>" % (W, body, SECT),
        "docProps/core.xml": DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title></cp:coreProperties>' % title,
    }
    for name, text in files.items():
        path = os.path.join(HERE, folder, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def letter():
    header = ('<w:tbl><w:tblPr><w:tblW w:w="9071" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>'
              '<w:tblGrid><w:gridCol w:w="3969"/><w:gridCol w:w="5102"/></w:tblGrid><w:tr>'
              + cell(3969, para(run("{{ unit.agency }}", size=26), align="center", after=0),
                     para(run("{{ unit.name }}", bold=True, size=26), align="center", after=0),
                     para(run("Số: {{ number }}/TTr-{{ unit.code }}", size=26), align="center"))
              + cell(5102, para(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=26), align="center", after=0),
                     para(run("Độc lập - Tự do - Hạnh phúc", bold=True), align="center"),
                     para(run("{{ place }}, {{ date_text }}", italic=True), align="center"))
              + "</w:tr></w:tbl>")
    body = [header,
            para(run("TỜ TRÌNH", bold=True), align="center", after=0),
            para(run("Về việc đề nghị công nhận kết quả tự đánh giá, xếp loại năm {{ year }}", bold=True), align="center"),
            para(run("Kính gửi: {{ recipient }}"), align="center"),
            para(run("Căn cứ {{ legal_basis }};"), indent=True, align="both"),
            para(run("Căn cứ kết quả tự kiểm tra, đánh giá của Hội đồng ngày {{ council_date }};"), indent=True, align="both"),
            para(run("{{ unit.name }} đã tổ chức tự đánh giá theo đúng quy trình. Tổng điểm đạt {{ total }} điểm, xếp loại {{ level }}."), indent=True, align="both"),
            para(run("{%p for reason in reasons %}")),
            para(run("- {{ reason }}"), indent=True, align="both"),
            para(run("{%p endfor %}")),
            para(run("Kính đề nghị {{ recipient }} xem xét, công nhận./."), indent=True, align="both"),
            para(run("Nơi nhận:", bold=True, italic=True, size=24), after=0),
            para(run("- Như trên;", size=22), after=0),
            para(run("- Lưu: VT.", size=22)),
            para(run("{{ signer.title }}", bold=True), align="right", after=1200),
            para(run("{{ signer.name }}", bold=True), align="right")]
    package("letter", "".join(body), "Tờ trình {{ unit.name }}")
    data = {
        "unit": {"agency": "PHÒNG GD&ĐT HÀ ĐÔNG", "name": "TRƯỜNG TIỂU HỌC AN SƠN", "code": "THAS"},
        "number": "12", "place": "Hà Đông", "date_text": "ngày 05 tháng 01 năm 2024", "year": 2023,
        "recipient": "Phòng Giáo dục và Đào tạo quận Hà Đông",
        "legal_basis": "Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020 của Bộ Giáo dục và Đào tạo",
        "council_date": "28/12/2023", "total": 95, "level": "Tốt",
        "reasons": ["Hoàn thành kế hoạch học tập của đơn vị", "100% thành viên hoàn thành bồi dưỡng", "Có sáng kiến chia sẻ tri thức"],
        "signer": {"title": "HIỆU TRƯỞNG", "name": "Nguyễn Thị Hoa"},
    }
    with open(os.path.join(HERE, "letter.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)


def table():
    widths = [700, 3300, 2000, 1500, 1571]
    heads = ["TT", "Họ và tên", "Chức vụ", "Điểm", "Xếp loại"]
    cols = ["{{ m.index }}", "{{ m.name }}", "{{ m.role }}", "{{ m.score }}", "{{ m.level }}"]
    tblpr = ('<w:tblPr><w:tblW w:w="9071" w:type="dxa"/><w:tblBorders>'
             + "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b for b in ["top", "left", "bottom", "right", "insideH", "insideV"])
             + '</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>')
    grid = "<w:tblGrid>" + "".join('<w:gridCol w:w="%d"/>' % w for w in widths) + "</w:tblGrid>"
    head = '<w:tr><w:trPr><w:tblHeader/></w:trPr>' + "".join(cell(w, para(run(h, bold=True, size=26), align="center", after=0), shade=True) for w, h in zip(widths, heads)) + "</w:tr>"
    loop_open = "<w:tr>" + cell(widths[0], para(run("{%tr for m in members %}", size=20), after=0)) + "".join(cell(w) for w in widths[1:]) + "</w:tr>"
    data_row = "<w:tr>" + "".join(cell(w, para(run(c, size=26), after=0, align="center" if i in (0, 3) else None)) for i, (w, c) in enumerate(zip(widths, cols))) + "</w:tr>"
    loop_close = "<w:tr>" + cell(widths[0], para(run("{%tr endfor %}", size=20), after=0)) + "".join(cell(w) for w in widths[1:]) + "</w:tr>"
    body = [para(run("BẢN TỔNG HỢP KẾT QUẢ HỌC TẬP CỦA {{ unit }}", bold=True), align="center"),
            para(run("Năm {{ year }}", italic=True), align="center"),
            "<w:tbl>" + tblpr + grid + head + loop_open + data_row + loop_close + "</w:tbl>",
            para(run("Tổng số: {{ count }} thành viên."), after=0)]
    package("table", "".join(body), "Tổng hợp {{ unit }}")
    roles = ["Giáo viên", "Tổ trưởng", "Nhân viên", "Phó hiệu trưởng"]
    levels = ["Tốt", "Khá", "Đạt"]
    family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]
    given = ["Văn An", "Thị Bình", "Minh Châu", "Thu Hà", "Quốc Huy", "Ngọc Lan", "Đức Minh", "Thanh Tâm"]
    for count in (100, 1000, 5000):
        members = [{"index": i + 1, "name": "%s %s" % (family[i % 8], given[(i // 8) % 8]), "role": roles[i % 4],
                    "score": "%d,%d" % (7 + i % 3, (i * 7) % 10), "level": levels[i % 3]} for i in range(count)]
        data = {"unit": "TRƯỜNG TIỂU HỌC AN SƠN", "year": 2023, "count": count, "members": members}
        with open(os.path.join(HERE, "table-%d.json" % count), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, separators=(",", ":"))


letter()
table()
