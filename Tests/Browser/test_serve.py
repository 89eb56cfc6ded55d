"""hoso serve in a real browser: Debian's Chromium driven by Playwright for Python.

From an empty workspace to a verified dossier zip, as a secretary would do it: create a unit,
fill the form, paste the members from Excel, type scores and watch the total and band change,
see an error beside its field and fix it, save, render, download the zip and `hoso verify` it.
Screenshots of each page go to .browser/screenshots/ (git-ignored). Bounded: every wait has a
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
SHOTS = os.path.join(ROOT, ".browser", "screenshots")
RUN_SECONDS = 600
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

MEMBERS_TSV = "\n".join([
    "Nguyễn Văn An\tHiệu trưởng\thoan_thanh_tot\tCSTĐCS",
    "Trần Thị Bình\tGiáo viên\thoan_thanh\tLĐTT",
    "Lê Văn Cường\tGiáo viên\thoan_thanh\tLĐTT",
    "Phạm Thị Dung\tGiáo viên\thoan_thanh_tot\tLĐTT",
    "Hoàng Văn Em\tNhân viên\thoan_thanh\tLĐTT",
]) + "\n"

FIELDS = {
    "unit.name": "Trường Tiểu học Hòa Bình",
    "unit.parent": "UBND huyện Kim Thành",
    "unit.symbol": "THHB",
    "unit.place": "Hòa Bình",
    "head.name": "Nguyễn Văn An",
    "year": "2024",
    "recipient": "Phòng Giáo dục và Đào tạo huyện Kim Thành",
    "documents.plan.number": "15",
    "documents.plan.date": "20/01/2024",
    "documents.decision.number": "120",
    "documents.decision.date": "20/12/2024",
    "documents.submission.number": "05",
    "documents.submission.date": "06/01/2025",
    "documents.report.number": "04",
    "documents.report.date": "05/01/2025",
    "meeting.date": "28/12/2024",
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
    "narrative.next_year": "Tiếp tục xây dựng kế hoạch học tập thường xuyên năm 2025.",
    "narrative.self_assessment": "100% các thành viên thực hiện nghiêm túc việc tự đánh giá.",
    "narrative.process": "Hội đồng họp, xem xét minh chứng và chấm điểm từng tiêu chí.",
    "narrative.stored_documents": "Kế hoạch, báo cáo, biên bản tự đánh giá và minh chứng theo từng tiêu chí.",
    "narrative.training": "Cán bộ, giáo viên hoàn thành chương trình bồi dưỡng thường xuyên.",
    "meeting.opinions": "Các thành viên thống nhất với kết quả chấm điểm.",
    "meeting.vote.agree": "3",
    "achievements.cstdcs": "1",
    "achievements.giay_khen": "0",
    "achievements.initiatives": "0",
}
for code in ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "3a", "3b", "3c"]:
    FIELDS["scores.%s.evidence" % code] = "Minh chứng số %s năm 2024" % code

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


def run(page, address, workspace):
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

    # 2. Fill the form; paste the members from Excel (a tab-separated block) into the first cell.
    for path, value in FIELDS.items():
        field(page, path).fill(value)
    page.evaluate("""(text) => {
        const cell = document.querySelector('input[name="members[1].name"]');
        cell.focus();
        const data = new DataTransfer();
        data.setData('text/plain', text);
        cell.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
    }""", MEMBERS_TSV)
    check("the paste filled five member rows", field(page, "members[5].name").input_value() == "Hoàng Văn Em")
    check("the pasted titles landed in their column", field(page, "members[1].emulation_title").input_value() == "CSTĐCS")
    check("the row count follows the paste", field(page, "members.rows").input_value() == "5")
    page.locator("#thanh-vien").scroll_into_view_if_needed()
    shot(page, "03-dan-thanh-vien.png")

    # 3. Type scores and watch the total and band.
    total = page.locator("#tong")
    field(page, "scores.3b.points").fill("5")
    expect(total).to_have_text("95/100 — Tốt")
    check("typing 3b = 5 shows 95/100 — Tốt", total.inner_text() == "95/100 — Tốt", total.inner_text())
    field(page, "scores.3a.points").fill("10")
    expect(total).to_have_text("80/100 — Khá")
    check("typing 3a = 10 shows 80/100 — Khá", total.inner_text() == "80/100 — Khá", total.inner_text())
    field(page, "scores.3a.points").fill("25")
    page.locator("#diem").scroll_into_view_if_needed()
    shot(page, "04-go-diem.png")

    # 4. Save with 3b below its maximum and no reason: the error is shown beside 3b.
    page.locator("#diem button[type=submit]").click()
    page.wait_for_url(re.compile(r"da-luu=1"))
    box = page.locator('.field[data-path="scores.3b.reason"]')
    check("the deduction without a reason is shown beside 3b's reason",
          "has-error" in (box.get_attribute("class") or "") and box.locator("li.error").count() == 1,
          box.inner_html())
    check("the error names scores.3b", any("scores.3b" in text for text in box.locator("li.error").all_inner_texts()),
          page.locator("section.check").inner_text())
    box.scroll_into_view_if_needed()
    shot(page, "05-loi-ben-o.png")

    # 5. Fix it and save: no error left, the score table shows the result.
    field(page, "scores.3b.reason").fill("Tập thể chỉ đạt danh hiệu Lao động tiên tiến")
    page.locator("#diem button[type=submit]").click()
    page.wait_for_url(re.compile(r"da-luu=1"))
    check("after the fix the data is valid", page.locator("#check-line").inner_text().startswith("Dữ liệu hợp lệ"),
          page.locator("#check-line").inner_text() + " | " + page.locator("ul.diagnostics").all_inner_texts().__str__())
    check("the total reads 95/100 — Tốt", total.inner_text() == "95/100 — Tốt", total.inner_text())
    shot(page, "06-da-luu.png", full_page=True)
    page.evaluate("window.scrollTo(0, 0)")
    shot(page, "06-dau-trang.png")
    check_run = subprocess.run([HOSO, "check", os.path.join(workspace, "hoa-binh-2024.yaml")], capture_output=True, text=True)
    check("hoso check accepts the file the browser wrote", check_run.returncode == 0, check_run.stdout + check_run.stderr)

    # 6. Render with PDF/A, preview, download the zip and verify it.
    page.click("#render-button", timeout=300_000)
    page.wait_for_url(re.compile(r"da-lap=1"), timeout=300_000)
    check("the dossier lists Ho-so.docx", page.locator("ul.files").get_by_text("Ho-so.docx").count() == 1)
    previews = page.locator("details.preview")
    check("each document has a PDF preview", previews.count() >= 8, previews.count())
    if previews.count():
        previews.first.locator("summary").click()
        page.wait_for_timeout(1500)
        previews.first.scroll_into_view_if_needed()
    shot(page, "07-ho-so.png")
    # The open PDF viewer keeps the page busy; download from the page freshly loaded.
    page.goto(address + "don-vi/hoa-binh-2024")
    with page.expect_download(timeout=180_000) as info:
        page.click("#download-zip")
    archive = os.path.join(workspace, "tai-ve.zip")
    info.value.save_as(archive)
    folder = os.path.join(workspace, "giai-nen")
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(folder)
    dossier = os.path.join(folder, "hoa-binh-2024-ho-so")
    names = sorted(os.listdir(dossier))
    check("the zip holds DOCX, PDF and the manifest",
          "manifest.json" in names and any(n.endswith(".pdf") for n in names) and "Ho-so.docx" in names, names)
    verify = subprocess.run([HOSO, "verify", dossier], capture_output=True, text=True, cwd=ROOT)
    check("hoso verify accepts the downloaded dossier", verify.returncode == 0, verify.stdout + verify.stderr)

    # 7. Back on the home page, the unit is listed with its result.
    page.goto(address)
    row = page.locator("table.units tbody tr").first
    check("the home page lists the unit with 95/100 — Tốt and no error",
          "Trường Tiểu học Hòa Bình" in row.inner_text() and "95/100 — Tốt" in row.inner_text(), row.inner_text())
    shot(page, "08-trang-dau-co-don-vi.png")


if __name__ == "__main__":
    sys.exit(main())
