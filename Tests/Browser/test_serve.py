"""hoso serve in a real browser: Debian's Chromium driven by Playwright for Python.

From an empty workspace to a verified dossier zip, as a secretary would do it: create a unit,
fill the form, paste the members from Excel, type scores and watch the total and band change,
see an error beside its field and fix it, save, render, download the zip and `hoso verify` it.
The members arrive three ways: an .xlsx that LibreOffice Calc writes from a CSV inside the test, the
CSV itself, and a paste from Excel with its heading row. Then the same for a TT24 unit; and a file
changed on disk while its page is open is not overwritten. Screenshots of each page go to
Tests/Browser/artifacts/ (git-ignored). Bounded: every wait has a
timeout and the whole run stops after RUN_SECONDS.

Usage: python Tests/Browser/test_serve.py [path/to/hoso]
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile

from playwright.sync_api import sync_playwright, expect

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HOSO = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "hoso")
SHOTS = os.path.join(ROOT, "Tests", "Browser", "artifacts")
RUN_SECONDS = 600
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

# The staff list as Excel copies it: a heading row, then tab-separated cells.
MEMBERS_TSV = "\n".join([
    "Họ và tên\tChức vụ\tBồi dưỡng bắt buộc\tDanh hiệu thi đua",
    "Nguyễn Văn An\tHiệu trưởng\tHoàn thành tốt\tCSTĐCS",
    "Trần Thị Bình\tGiáo viên\tHoàn thành\tLĐTT",
    "Lê Văn Cường\tGiáo viên\tHoàn thành\tLĐTT",
    "Phạm Thị Dung\tGiáo viên\tHoàn thành tốt\tLĐTT",
    "Hoàng Văn Em\tNhân viên\tHoàn thành\tLĐTT",
]) + "\n"

# One more member, copied from a sheet without its heading row: the words a staff list uses.
MEMBER_ROW_WORDS = "Đặng Văn Phúc\tGiáo viên\tHoàn thành\tLao động tiên tiến\tCó\tCó\n"

# The same kind of list as a CSV file (uploaded as is, and turned into .xlsx by LibreOffice Calc).
MEMBERS_CSV = "\n".join([
    "STT,Họ và tên,Chức vụ,Danh hiệu thi đua,Ghi chú",
    "1,Đỗ Văn Giang,Hiệu trưởng,CSTĐCS,",
    "2,Vũ Thị Hạnh,Giáo viên,LĐTT,",
    "3,Bùi Văn Khoa,Giáo viên,LĐTT,",
    "4,Ngô Thị Lan,Giáo viên,LĐTT,",
    "5,Đinh Văn Minh,Kế toán,LĐTT,",
    "6,Tạ Thị Nga,Văn thư,LĐTT,",
]) + "\n"


def common_fields(year, dates):
    """The fields a secretary types for a unit (both regimes); `dates` by document."""
    fields = {
        "unit.name": "Trường Tiểu học Hòa Bình",
        "unit.parent": "UBND huyện Kim Thành",
        "unit.symbol": "THHB",
        "unit.place": "Hòa Bình",
        "head.name": "Nguyễn Văn An",
        "year": str(year),
        "recipient": "Phòng Giáo dục và Đào tạo huyện Kim Thành",
        "meeting.start": "14:00",
        "meeting.end": "16:30",
        "meeting.place": "Phòng họp Hội đồng sư phạm",
        "meeting.chair": "Nguyễn Văn An",
        "meeting.secretary": "Trần Thị Bình",
        "council.members[1].name": "Nguyễn Văn An",
        "council.members[2].name": "Trần Thị Bình",
        "council.members[3].name": "Lê Văn Cường",
        "narrative.direction": "Nhà trường phổ biến quy định về đánh giá Đơn vị học tập tới toàn thể cán bộ, giáo viên, nhân viên.",
        "narrative.strengths": "Các thành viên có kế hoạch tự học được phê duyệt.",
        "narrative.weaknesses": "Kinh phí bồi dưỡng còn hạn hẹp.",
        "narrative.next_year": "Tiếp tục xây dựng kế hoạch học tập thường xuyên năm %d." % (year + 1),
        "narrative.self_assessment": "100% các thành viên thực hiện nghiêm túc việc tự đánh giá.",
        "narrative.process": "Hội đồng họp, xem xét minh chứng và đánh giá từng tiêu chí.",
        "narrative.stored_documents": "Kế hoạch, báo cáo, biên bản tự đánh giá và minh chứng theo từng tiêu chí.",
        "narrative.training": "Cán bộ, giáo viên hoàn thành chương trình bồi dưỡng thường xuyên.",
        "meeting.opinions": "Các thành viên thống nhất với kết quả đánh giá.",
        "achievements.cstdcs": "1",
        "achievements.giay_khen": "0",
        "achievements.initiatives": "0",
    }
    for key, value in dates.items():
        fields[key] = value
    return fields


TT22_FIELDS = common_fields(2024, {
    "documents.plan.number": "15", "documents.plan.date": "20/01/2024",
    "documents.decision.number": "120", "documents.decision.date": "20/12/2024",
    "documents.submission.number": "05", "documents.submission.date": "06/01/2025",
    "documents.report.number": "04", "documents.report.date": "05/01/2025",
    "documents.minutes.number": "06", "documents.minutes.date": "28/12/2024",
    "meeting.date": "28/12/2024",
})
TT22_CODES = ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "3a", "3b", "3c"]
TT24_FIELDS = common_fields(2025, {
    "documents.plan.number": "16", "documents.plan.date": "20/01/2025",
    "documents.decision.number": "121", "documents.decision.date": "20/12/2025",
    "documents.submission.number": "06", "documents.submission.date": "06/01/2026",
    "documents.report.number": "05", "documents.report.date": "05/01/2026",
    "documents.minutes.number": "07", "documents.minutes.date": "28/12/2025",
    "meeting.date": "28/12/2025",
})
TT24_CODES = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1", "3.2"]

results = []


def check(name, condition, detail=""):
    results.append((name, bool(condition)))
    print(("PASS " if condition else "FAIL ") + name + ("" if condition else ": " + str(detail)), flush=True)


def shot(page, name, **kwargs):
    page.screenshot(path=os.path.join(SHOTS, name), full_page=kwargs.pop("full_page", False), **kwargs)


def field(page, path):
    return page.locator('[name="%s"]' % path)


def main():
    os.makedirs(SHOTS, exist_ok=True)
    workspace = tempfile.mkdtemp(prefix="hoso-browser-")
    server = subprocess.Popen([HOSO, "serve", "--workspace", workspace, "--port", "0"], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + RUN_SECONDS
    signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(TimeoutError("browser test ran too long")))
    signal.alarm(RUN_SECONDS)
    try:
        line = server.stdout.readline()
        address = re.search(r"http://[0-9.]+:[0-9]+/", line).group(0)
        check("serve prints its address on 127.0.0.1", address.startswith("http://127.0.0.1:"), line)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
            context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True, locale="vi-VN")
            context.set_default_timeout(30_000)
            page = context.new_page()
            page.on("pageerror", lambda error: check("no script error on the page", False, error))
            run(page, address, workspace)
            browser.close()
    except Exception as error:  # a failure of the harness is a failed test, with its trace
        traceback.print_exc()
        check("the run finished", False, error)
    finally:
        signal.alarm(0)
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        if all(ok for _, ok in results):
            shutil.rmtree(workspace, ignore_errors=True)
        else:
            print("workspace kept for inspection: " + workspace)
    passed = sum(1 for _, ok in results if ok)
    failed = len(results) - passed
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 and time.time() < deadline else 1


def fill_all(page, fields):
    for path, value in fields.items():
        field(page, path).fill(value)


def paste(page, cell_name, text):
    """A clipboard paste into the grid cell named `cell_name`, as Ctrl+V delivers it."""
    page.evaluate("""([name, text]) => {
        const cell = document.querySelector('[name="' + name + '"]');
        cell.focus();
        const data = new DataTransfer();
        data.setData('text/plain', text);
        cell.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
    }""", [cell_name, text])


def open_group(page, title):
    """Opens the folded group whose summary reads `title`."""
    group = page.locator("details.group", has=page.locator("summary", has_text=title)).first
    if group.get_attribute("open") is None:
        group.locator("summary").click()


def xlsx_from_csv(workspace):
    """The staff list as LibreOffice Calc saves it: CSV in, .xlsx out (its own profile, bounded)."""
    folder = os.path.join(workspace, "excel")
    os.makedirs(folder, exist_ok=True)
    csv_path = os.path.join(folder, "danh-sach.csv")
    with open(csv_path, "w", encoding="utf-8") as out:
        out.write(MEMBERS_CSV)
    profile = "file://" + os.path.join(workspace, "lo-profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--infilter=CSV:44,34,76,1",
                    "--convert-to", "xlsx", "--outdir", folder, csv_path],
                   capture_output=True, text=True, timeout=180)
    return csv_path, os.path.join(folder, "danh-sach.xlsx")


def saved(page):
    page.wait_for_url(re.compile(r"da-luu=1"))


def check_figures(page, workspace, name, expected):
    """The page's result, and `hoso check` on the file the browser wrote: the same figures."""
    total = page.locator("#tong").inner_text()
    check(name + ": the page reads " + expected, total == expected, total)
    run = subprocess.run([HOSO, "check", os.path.join(workspace, name + ".yaml")], capture_output=True, text=True)
    check(name + ": hoso check accepts the file the browser wrote", run.returncode == 0, run.stdout + run.stderr)
    return run.stdout


def download_and_verify(page, address, workspace, name, pdf):
    page.goto(address + "don-vi/" + name)
    with page.expect_download(timeout=180_000) as info:
        page.click("#download-zip")
    archive = os.path.join(workspace, name + "-tai-ve.zip")
    info.value.save_as(archive)
    folder = os.path.join(workspace, name + "-giai-nen")
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(folder)
    # The download is the archive `hoso archive` makes: archive.json, data/, and the dossier in ho-so/.
    dossier = os.path.join(folder, "ho-so")
    names = sorted(os.listdir(dossier)) if os.path.isdir(dossier) else []
    check(name + ": the zip holds DOCX, the manifest" + (" and PDF/A" if pdf else ""),
          "manifest.json" in names and "Ho-so.docx" in names and (not pdf or any(n.endswith(".pdf") for n in names)), names)
    check(name + ": the zip carries archive.json", os.path.isfile(os.path.join(folder, "archive.json")), sorted(os.listdir(folder)))
    verify = subprocess.run([HOSO, "verify", archive], capture_output=True, text=True, cwd=ROOT)
    check(name + ": hoso verify accepts the downloaded zip", verify.returncode == 0, verify.stdout + verify.stderr)
    verify = subprocess.run([HOSO, "verify", dossier], capture_output=True, text=True, cwd=ROOT)
    check(name + ": hoso verify accepts the dossier folder unzipped from it", verify.returncode == 0, verify.stdout + verify.stderr)


def run(page, address, workspace):
    csv_path, xlsx_path = xlsx_from_csv(workspace)
    check("LibreOffice Calc wrote the .xlsx", os.path.exists(xlsx_path), xlsx_path)
    tt22(page, address, workspace, csv_path, xlsx_path)
    conflict(page, address, workspace)
    syntax_error(page, address, workspace)
    tt24(page, address, workspace)
    next_year(page, address, workspace)
    missing_page(page, address)
    # Back on the home page, both units are listed with their results.
    page.goto(address)
    rows = page.locator("table.units tbody tr")
    texts = rows.all_inner_texts()
    check("the home page lists both units with their results",
          any("94/100 — Tốt" in t for t in texts) and any("Đạt 9/9 chỉ tiêu" in t for t in texts), texts)
    shot(page, "13-trang-dau-co-don-vi.png")


def tt22(page, address, workspace, csv_path, xlsx_path):
    # 1. An empty workspace: create a unit.
    page.goto(address)
    check("home page says the folder is empty", page.get_by_text("Thư mục chưa có tệp dữ liệu nào").is_visible())
    shot(page, "01-trang-dau.png")
    page.fill('input[name="name"]', "hoa-binh-2024")
    page.click("form.create button")
    page.wait_for_url(re.compile(r"/don-vi/hoa-binh-2024$"))
    check("a new starter file is on disk", os.path.exists(os.path.join(workspace, "hoa-binh-2024.yaml")))
    check("unfilled fields are marked", page.locator(".field.has-error").count() > 10, page.locator(".field.has-error").count())
    shot(page, "02-don-vi-moi.png")

    # 2. Fill the form. The members: an .xlsx from LibreOffice Calc, the CSV, then a paste with headings.
    fill_all(page, TT22_FIELDS)
    for code in TT22_CODES:
        field(page, "scores.%s.evidence" % code).fill("Minh chứng số %s năm 2024" % code)
    page.set_input_files("input.import-members", xlsx_path)
    expect(field(page, "members[6].name")).to_have_value("Tạ Thị Nga")
    check("the .xlsx upload filled six rows", field(page, "members.rows").input_value() == "6")
    check("the .xlsx titles landed in their column", field(page, "members[1].emulation_title").input_value() == "CSTĐCS",
          field(page, "members[1].emulation_title").input_value())
    page.set_input_files("input.import-members", csv_path)
    expect(field(page, "members[5].position")).to_have_value("Kế toán")
    check("the .csv upload filled six rows", field(page, "members.rows").input_value() == "6")
    page.locator("#thanh-vien").scroll_into_view_if_needed()
    shot(page, "03-nhap-xlsx.png")
    paste(page, "members[1].name", MEMBERS_TSV)
    expect(field(page, "members[5].name")).to_have_value("Hoàng Văn Em")
    check("the paste with a heading row filled five rows, heading skipped",
          field(page, "members.rows").input_value() == "5" and field(page, "members[1].name").input_value() == "Nguyễn Văn An",
          field(page, "members[1].name").input_value())
    check("the pasted training landed in its column, in words", field(page, "members[1].training").input_value() == "Hoàn thành tốt",
          field(page, "members[1].training").input_value())
    # A row pasted without its heading, in words as the staff sheet has them: lands as typed.
    page.locator('button.add-row[data-grid="members"]').click()
    paste(page, "members[6].name", MEMBER_ROW_WORDS)
    expect(field(page, "members[6].name")).to_have_value("Đặng Văn Phúc")
    check("a row pasted in words keeps its words in the cells",
          [field(page, "members[6].%s" % c).input_value() for c in ("training", "emulation_title", "self_study_plan", "discipline")]
          == ["Hoàn thành", "Lao động tiên tiến", "Có", "Có"],
          [field(page, "members[6].%s" % c).input_value() for c in ("training", "emulation_title", "self_study_plan", "discipline")])
    codes = page.evaluate("""() => Array.from(document.querySelectorAll('table.grid input[data-column]'))
        .map(i => i.value).filter(v => /^(hoan_thanh|chua_hoan_thanh|chu_tich|pho_chu_tich|uy_vien|thu_ky|true|false)/.test(v))""")
    check("no grid cell shows a code (hoan_thanh_tot, chu_tich, true/false)", codes == [], codes)
    check("the council's roles read as words", field(page, "council.members[1].role").input_value() == "Chủ tịch"
          and field(page, "council.members[3].role").input_value() == "Ủy viên", field(page, "council.members[1].role").input_value())
    field(page, "council.members[3].role").fill("Uỷ viên Hội đồng")
    page.locator("#thanh-vien").scroll_into_view_if_needed()
    shot(page, "04-dan-thanh-vien.png")

    # 3. Type scores and watch the total and band; split 1a into parts 5 + 5 and watch again.
    total = page.locator("#tong")
    field(page, "scores.3b.points").fill("5")
    expect(total).to_have_text("95/100 — Tốt")
    check("typing 3b = 5 shows 95/100 — Tốt", total.inner_text() == "95/100 — Tốt", total.inner_text())
    field(page, "scores.3a.points").fill("10")
    expect(total).to_have_text("80/100 — Khá")
    check("typing 3a = 10 shows 80/100 — Khá", total.inner_text() == "80/100 — Khá", total.inner_text())
    field(page, "scores.3a.points").fill("25")
    open_group(page, "1a: chia điểm thành phần")
    field(page, "scores.1a.parts[1].text").fill("Có kế hoạch học tập")
    field(page, "scores.1a.parts[1].max").fill("5")
    field(page, "scores.1a.parts[1].points").fill("5")
    page.locator('button.add-row[data-grid="scores.1a.parts"]').click()
    field(page, "scores.1a.parts[2].text").fill("Kế hoạch được triển khai đúng tiến độ")
    field(page, "scores.1a.parts[2].max").fill("5")
    field(page, "scores.1a.parts[2].points").fill("4")
    expect(total).to_have_text("94/100 — Tốt")
    check("parts 5 + 4 make 1a = 9, read-only, and the total 94/100",
          field(page, "scores.1a.points").input_value() == "9" and field(page, "scores.1a.points").get_attribute("readonly") is not None,
          field(page, "scores.1a.points").input_value())
    field(page, "scores.1a.reason").fill("Kế hoạch triển khai chậm một tháng")
    page.locator('.field[data-path="scores.1a.parts"]').scroll_into_view_if_needed()
    shot(page, "05-go-diem-va-phan.png")

    # 4. The rest of the model: a deputy signs the report, an absentee, honorifics, the plan.
    open_group(page, "Báo cáo: người ký")
    field(page, "documents.report.signer.prefix").select_option("KT.")
    field(page, "documents.report.signer.on_behalf_of").fill("Hiệu trưởng")
    field(page, "documents.report.signer.title").fill("Phó Hiệu trưởng")
    field(page, "documents.report.signer.name").fill("Trần Thị Bình")
    field(page, "council.members[1].honorific").fill("Ông")
    field(page, "council.members[2].honorific").fill("Bà")
    field(page, "meeting.absent[1].name").fill("Lê Văn Cường")
    field(page, "meeting.absent[1].reason").fill("Nghỉ ốm")
    field(page, "meeting.vote.agree").fill("2")
    field(page, "plan.purposes").fill("Nâng cao chất lượng học tập của cán bộ, giáo viên\nXây dựng văn hóa đọc")
    field(page, "plan.target_points").fill("95")
    field(page, "plan.actors[1].name").fill("Tổ chuyên môn")
    field(page, "plan.actors[1].tasks").fill("Lập kế hoạch bồi dưỡng\nTheo dõi việc tự học")
    field(page, "plan.timeline[1].time").fill("Tháng 1/2024")
    field(page, "plan.timeline[1].task").fill("Xây dựng và ban hành kế hoạch")
    field(page, "plan.timeline[1].owner").fill("Hiệu trưởng")
    page.locator("#ke-hoach").scroll_into_view_if_needed()
    shot(page, "06-ke-hoach.png")

    # 5. Save with 3b below its maximum and no reason: the error is shown beside 3b's reason.
    page.locator("#diem button[type=submit]").click()
    saved(page)
    box = page.locator('.field[data-path="scores.3b.reason"]')
    check("the deduction without a reason is shown beside 3b's reason",
          "has-error" in (box.get_attribute("class") or "") and box.locator("li.error").count() == 1, box.inner_html())
    check("the error names scores.3b", any("scores.3b" in text for text in box.locator("li.error").all_inner_texts()),
          page.locator("section.check").inner_text())
    box.scroll_into_view_if_needed()
    shot(page, "07-loi-ben-o.png")

    # 6. Fix it and save: no error left; the page and `hoso check` give the same figures.
    field(page, "scores.3b.reason").fill("Tập thể chỉ đạt danh hiệu Lao động tiên tiến")
    page.locator("#diem button[type=submit]").click()
    saved(page)
    check("after the fix the data is valid", page.locator("#check-line").inner_text().startswith("Dữ liệu hợp lệ"),
          page.locator("#check-line").inner_text() + " | " + str(page.locator("ul.diagnostics").all_inner_texts()))
    report = check_figures(page, workspace, "hoa-binh-2024", "94/100 — Tốt")
    check("hoso check prints the same total", "Tổng điểm: 94/100 — Xếp loại: Tốt" in report, report)
    with open(os.path.join(workspace, "hoa-binh-2024.yaml"), encoding="utf-8") as written:
        text = written.read()
    check("the file keeps init's comments", "# Cách điền: thay mọi chỗ" in text and "# Đơn vị" in text, text[:300])
    check("the file holds the parts, the signer, the absentee and the plan",
          all(s in text for s in ["parts:", "prefix: KT.", "absent:", "actors:", "honorific: Ông"]), text)
    check("the words typed and pasted are saved as the codes check uses",
          all(s in text for s in ["training: hoan_thanh_tot", "name: Đặng Văn Phúc", "emulation_title: LĐTT",
                                  "self_study_plan: true", "role: uy_vien", "role: chu_tich"])
          and "Hoàn thành" not in text.split("members:")[-1].split("scores:")[0], text)
    mode = os.stat(os.path.join(workspace, "hoa-binh-2024.yaml")).st_mode & 0o777
    check("the data file (staff names) is readable by its owner only", mode == 0o600, oct(mode))
    shot(page, "08-da-luu.png", full_page=True)
    page.evaluate("window.scrollTo(0, 0)")
    shot(page, "08-dau-trang.png")

    # 7. Render with PDF/A; every document has a preview that is a PDF; download the zip and verify it.
    page.click("#render-button", timeout=300_000)
    page.wait_for_url(re.compile(r"da-lap=1"), timeout=300_000)
    files = page.locator("ul.files a").all_inner_texts()
    check("the dossier lists Ho-so.docx", "Ho-so.docx" in files, files)
    documents = [f for f in files if f.endswith(".docx")]
    previews = page.locator("details.preview iframe")
    sources = [previews.nth(i).get_attribute("data-src") for i in range(previews.count())]
    missing = [d for d in documents if not any(src.endswith("/" + d[:-5] + ".pdf") for src in sources)]
    check("every document has a PDF preview", documents and not missing, missing)
    bad = []
    for src in sources:
        answer = page.request.get(address.rstrip("/") + src)
        if answer.status != 200 or answer.headers.get("content-type") != "application/pdf" or not answer.body().startswith(b"%PDF"):
            bad.append((src, answer.status, answer.headers.get("content-type")))
    check("each preview is served as a PDF the browser shows", sources and not bad, bad)
    page.locator("details.preview summary").first.click()
    page.wait_for_timeout(1500)
    page.locator("details.preview").first.scroll_into_view_if_needed()
    shot(page, "09-ho-so.png")
    download_and_verify(page, address, workspace, "hoa-binh-2024", pdf=True)


def conflict(page, address, workspace):
    """The file changes on disk while its page is open: saving does not overwrite it silently."""
    path = os.path.join(workspace, "hoa-binh-2024.yaml")
    page.goto(address + "don-vi/hoa-binh-2024")
    with open(path, encoding="utf-8") as current:
        text = current.read()
    changed = text.replace("Phòng Giáo dục và Đào tạo huyện Kim Thành", "Phòng GDĐT huyện Kim Thành", 1)
    with open(path, "w", encoding="utf-8") as out:
        out.write(changed)
    field(page, "unit.symbol").fill("HB")
    page.locator("#don-vi button[type=submit]").click()
    notice = page.locator("p.notice.error[role=alert]")
    expect(notice).to_be_visible()
    with open(path, encoding="utf-8") as after:
        unchanged = after.read() == changed
    check("a file changed on disk is not overwritten", unchanged)
    check("the page says so and names the differing fields",
          "đã bị thay đổi trên đĩa" in notice.inner_text() and "(unit.symbol)" in notice.inner_text()
          and "(recipient)" not in notice.inner_text(), notice.inner_text())
    # A field the user did not touch shows what the other program saved, so a second "Lưu" keeps it.
    check("a field changed only on disk shows the disk's value",
          field(page, "recipient").input_value() == "Phòng GDĐT huyện Kim Thành", field(page, "recipient").input_value())
    check("what was typed is still on the page", field(page, "unit.symbol").input_value() == "HB")
    page.evaluate("window.scrollTo(0, 0)")
    shot(page, "10-thay-doi-tren-dia.png")
    check("the conflict notice does not advise F5 (the page is the answer to a POST)", "F5" not in notice.inner_text(), notice.inner_text())
    page.locator("#notice-link").click()
    page.wait_for_url(re.compile(r"/don-vi/hoa-binh-2024$"))
    check("the notice's link shows the file on disk", field(page, "recipient").input_value() == "Phòng GDĐT huyện Kim Thành")


# Next year's staff list copied with its heading row, one value none of the choices ("Giỏi").
NEXT_YEAR_TSV = "\n".join([
    "Họ và tên\tChức vụ\tBồi dưỡng\tDanh hiệu thi đua",
    "Nguyễn Văn An\tHiệu trưởng\tHoàn thành tốt\tCSTĐCS",
    "Trần Thị Bình\tGiáo viên\tGiỏi\tLĐTT",
]) + "\n"


def next_year(page, address, workspace):
    """The path every school takes each year: a new file from last year's, its members' results filled in words."""
    page.goto(address)
    page.fill('input[name="name"]', "hoa-binh-nam-sau")
    page.select_option('select[name="from"]', "hoa-binh-2024")
    page.click("form.create button")
    page.wait_for_url(re.compile(r"/don-vi/hoa-binh-nam-sau$"))
    hints = page.evaluate("""() => Array.from(document.querySelectorAll('table.grid[data-grid="members"] input[data-column]'))
        .map(i => i.placeholder).filter(p => p.startsWith('năm trước: '))""")
    check("last year's results show as greyed hints in words", len(hints) > 10 and "năm trước: Hoàn thành tốt" in hints, hints[:6])
    coded = page.evaluate("""() => Array.from(document.querySelectorAll('table.grid[data-grid="members"] input[data-column]'))
        .map(i => i.placeholder + ' ' + i.value).filter(t => /hoan_thanh|true|false|hoặc/.test(t))""")
    check("no members cell shows a code or the starter's instructions", coded == [], coded[:4])
    beside = page.locator("#f-members-d").inner_text() if page.locator("#f-members-d").count() else ""
    check("the errors beside the members grid speak in words, one line per row to fill",
          "dòng 1 (" in beside and "chưa điền" in beside and "hoan_thanh" not in beside and "<" not in beside, beside[:300])
    page.locator("#thanh-vien").scroll_into_view_if_needed()
    shot(page, "15-nam-sau.png")
    # A row pasted with its heading into row 3: the rows above are kept.
    first = field(page, "members[1].name").input_value()
    paste(page, "members[3].name", "Họ và tên\tChức vụ\nLý Văn Quang\tGiáo viên\n")
    expect(field(page, "members[3].name")).to_have_value("Lý Văn Quang")
    check("a paste with a heading row into row 3 fills from row 3, the rows above kept",
          field(page, "members[1].name").input_value() == first, first)
    # The list pasted with its heading row, one bad value: the rows are kept, the value in its cell.
    paste(page, "members[1].name", NEXT_YEAR_TSV)
    expect(field(page, "members[2].name")).to_have_value("Trần Thị Bình")
    check("a paste with a heading row and a bad value keeps its rows, from the row pasted into",
          field(page, "members[1].name").input_value() == "Nguyễn Văn An" and field(page, "members[2].training").input_value() == "Giỏi",
          field(page, "members[2].training").input_value())
    problem = page.locator("#import-problem")
    check("no message names a file the user never had", problem.is_hidden() or "dan-tu-excel" not in problem.inner_text(),
          problem.inner_text())
    for row in ("1", "2"):
        for column, value in (("self_study_plan", "Có"), ("discipline", "Có"), ("learning_citizen", "Có")):
            field(page, "members[%s].%s" % (row, column)).fill(value)
    page.locator("#thanh-vien button[type=submit]").click()
    saved(page)
    check("the bad value is flagged in its cell after saving",
          "cell-error" in (field(page, "members[2].training").get_attribute("class") or ""))
    beside = page.locator("#f-members-d").inner_text()
    check("its message lists the words, not the codes",
          "Hoàn thành tốt, Hoàn thành, Chưa hoàn thành" in beside and "hoan_thanh_tot" not in beside, beside[:400])
    check("the rows filled are no longer asked for", "dòng 1 (" not in beside, beside[:300])
    shot(page, "16-nam-sau-da-luu.png")


def missing_page(page, address):
    """An address with no page: a page in Vietnamese, not an empty answer."""
    answer = page.goto(address + "khong-co-trang-nay")
    check("an unknown address answers 404 with a page in words",
          answer.status == 404 and "Không có trang" in page.locator("body").inner_text(), page.locator("body").inner_text()[:200])


def syntax_error(page, address, workspace):
    """A data file edited by hand with a quote left open: the page locates it and fixes it."""
    path = os.path.join(workspace, "sua-tay-2024.yaml")
    with open(path, "w", encoding="utf-8") as out:
        out.write("unit:\n  name: \"Trường Tiểu học Hòa Bình\nyear: 2024\n")
    page.goto(address + "don-vi/sua-tay-2024")
    check("a YAML syntax error: the title is in Vietnamese", page.title() == "Sửa lỗi cú pháp trong sua-tay-2024.yaml — hoso", page.title())
    problems = page.locator("#raw-problems").inner_text()
    check("a YAML syntax error: located with line and column, the line shown",
          "sua-tay-2024.yaml:2:9: lỗi: lỗi cú pháp" in problems and "2 |   name: \"Trường Tiểu học Hòa Bình" in problems, problems)
    shot(page, "14-loi-cu-phap.png")
    page.fill("#raw-text", "unit:\n  name: \"Trường Tiểu học Hòa Bình\"\nyear: 2024\n")
    page.click("#raw-form button[type=submit]")
    saved(page)
    check("a YAML syntax error fixed in the page: the form opens with the value",
          page.locator("#unit-form").count() == 1 and field(page, "unit.name").input_value() == "Trường Tiểu học Hòa Bình",
          page.title())
    with open(path, encoding="utf-8") as fixed:
        check("the fixed text is on disk", fixed.read() == "unit:\n  name: \"Trường Tiểu học Hòa Bình\"\nyear: 2024\n")
    os.remove(path)
    for left in (path + ".bak",):
        if os.path.exists(left):
            os.remove(left)


def tt24(page, address, workspace):
    """A TT24 unit from an empty form to a verified dossier, in the browser alone."""
    page.goto(address)
    page.fill('input[name="name"]', "hoa-binh-2025")
    page.select_option('select[name="regime"]', "TT24")
    page.click("form.create button")
    page.wait_for_url(re.compile(r"/don-vi/hoa-binh-2025$"))
    check("TT24: the page lays out targets and the earlier recognition",
          page.locator('select[name="scores.1.1.met"]').count() == 1 and page.locator("#cong-nhan").count() == 1)
    fill_all(page, TT24_FIELDS)
    field(page, "meeting.vote.agree").fill("3")
    for code in TT24_CODES:
        field(page, "scores.%s.evidence" % code).fill("Minh chứng chỉ tiêu %s năm 2025" % code)
    paste(page, "members[1].name", MEMBERS_TSV)
    expect(field(page, "members[5].name")).to_have_value("Hoàng Văn Em")
    total = page.locator("#tong")
    field(page, "scores.2.1.met").select_option("false")
    expect(total).to_contain_text("Đạt 8/9 chỉ tiêu")
    field(page, "scores.2.1.met").select_option("true")
    expect(total).to_contain_text("Đạt 9/9 chỉ tiêu")
    check("TT24: choosing Đạt / Chưa đạt changes the count", "Đạt 9/9 chỉ tiêu" in total.inner_text(), total.inner_text())
    page.locator("#diem").scroll_into_view_if_needed()
    shot(page, "11-tt24-chi-tieu.png")
    page.locator("#diem button[type=submit]").click()
    saved(page)
    check("TT24: after saving the data is valid", page.locator("#check-line").inner_text().startswith("Dữ liệu hợp lệ"),
          page.locator("#check-line").inner_text() + " | " + str(page.locator("ul.diagnostics").all_inner_texts()))
    report = check_figures(page, workspace, "hoa-binh-2025", "Đạt 9/9 chỉ tiêu — Mức độ 1")
    check("TT24: hoso check gives the same result", "Đạt 9/9 chỉ tiêu Mức độ 1" in report, report)
    page.evaluate("window.scrollTo(0, 0)")
    shot(page, "12-tt24-da-luu.png")
    page.locator('input[name="pdf"]').uncheck()
    page.click("#render-button", timeout=300_000)
    page.wait_for_url(re.compile(r"da-lap=1"), timeout=300_000)
    download_and_verify(page, address, workspace, "hoa-binh-2025", pdf=False)


if __name__ == "__main__":
    sys.exit(main())
