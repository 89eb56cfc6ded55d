/// The style sheet and the little plain JavaScript the pages use: the running total and band as a
/// score is typed, the members grid that takes a paste from Excel, rows added and removed, the
/// sheet upload, and previews loaded when opened.
enum Assets {
    static let css = """
        body { font-family: "Liberation Sans", Arial, sans-serif; margin: 0; color: #1d1d1d; background: #f6f7f9; }
        header.top { background: #123a6b; color: #fff; padding: 10px 20px; font-size: 15px; }
        header.top a { color: #fff; font-weight: bold; text-decoration: none; }
        main { max-width: 1500px; margin: 0 auto; padding: 10px 20px 60px; }
        h1 small { font-size: 14px; color: #666; font-weight: normal; }
        nav.sections { margin: 6px 0 12px; font-size: 14px; }
        .notice { padding: 8px 12px; border-radius: 4px; }
        .notice.ok { background: #e3f4e6; border: 1px solid #7cbf87; }
        .notice.error { background: #fdecea; border: 1px solid #e08b85; white-space: pre-line; }
        p.total { font-size: 20px; }
        #tong { color: #123a6b; }
        .ok { color: #1b6e2c; } .bad { color: #b3261e; font-weight: bold; }
        table { border-collapse: collapse; background: #fff; }
        th, td { border: 1px solid #c9ced6; padding: 4px 6px; font-size: 14px; vertical-align: top; }
        table.units, table.score-table { width: 100%; }
        tr.group td { font-weight: bold; background: #eef1f5; }
        fieldset { background: #fff; border: 1px solid #c9ced6; border-radius: 6px; margin: 16px 0; padding: 10px 16px; min-width: 0; }
        legend { font-weight: bold; font-size: 17px; padding: 0 6px; }
        .field { margin: 8px 0; }
        .field label { display: block; font-size: 14px; margin-bottom: 2px; }
        .field input[type=text], .field select { width: 100%; max-width: 560px; padding: 5px; font-size: 15px; box-sizing: border-box; }
        .field textarea { width: 100%; padding: 5px; font-size: 14px; box-sizing: border-box; }
        .field.has-error > input, .field.has-error > select, .field.has-error > textarea, input.cell-error { border: 2px solid #b3261e; background: #fff6f5; }
        input.bad-score { border: 2px solid #b3261e; }
        ul.diagnostics { margin: 4px 0; padding-left: 18px; font-size: 13px; }
        ul.diagnostics li.error { color: #b3261e; } ul.diagnostics li.warning { color: #8a5a00; }
        table.grid input, table.grid textarea { width: 100%; border: 1px solid #dde; padding: 3px; font-size: 14px; box-sizing: border-box; }
        table.grid textarea { min-width: 260px; }
        textarea { font-family: inherit; }
        div.grid-wrap { overflow-x: auto; max-width: 100%; }
        table.grid input[data-column=emulation_title], table.grid input[data-column=training] { min-width: 180px; }
        table.grid input[list=chon-co-khong] { min-width: 105px; } table.grid input[data-column=role] { min-width: 130px; }
        table.grid input[data-column=notes], table.grid input[data-column=exemption], table.grid input[data-column=reason] { min-width: 140px; }
        label.file-button { display: inline-block; border: 1px solid #767676; border-radius: 3px; background: #efefef; padding: 6px 14px; font-size: 15px; cursor: pointer; }
        details.group { margin: 8px 0; padding: 4px 10px; border-left: 3px solid #c9ced6; }
        details.group summary { cursor: pointer; color: #123a6b; font-size: 14px; }
        p.import-problem { color: #b3261e; white-space: pre-line; font-size: 13px; }
        table.grid input[data-column=name] { min-width: 190px; } table.grid input[data-column=position] { min-width: 130px; }
        table.grid td.stt { text-align: right; color: #666; }
        .grid-tools { font-size: 13px; } .hint { color: #666; }
        button { font-size: 15px; padding: 6px 14px; cursor: pointer; }
        form.create label { display: block; margin: 6px 0; }
        textarea.raw { display: block; width: 100%; font-family: "Liberation Mono", monospace; font-size: 14px; box-sizing: border-box; margin-top: 4px; }
        pre.excerpt { font-family: "Liberation Mono", monospace; font-size: 13px; background: #fff6f5; border: 1px solid #e08b85; padding: 6px 8px; color: #1d1d1d; overflow-x: auto; }
        details.preview iframe { width: 100%; height: 640px; border: 1px solid #c9ced6; }
        """

    static let script = """
        (function () {
          'use strict';
          var token = (document.querySelector('meta[name="hoso-token"]') || {}).content || '';
          var uploadLimit = \(ServerLimits.maxFormBytes);
          var pasteHeadingUnknown = \(JSONText.string(ServerMessages.pasteHeadingUnknown));
          var uploadTooLarge = \(JSONText.string(ServerMessages.tooLarge("Tệp tải lên", limit: ServerLimits.maxFormBytes)));

          function parsePoints(text) {
            text = (text || '').trim().replace(',', '.');
            if (!/^[0-9]+(\\.[0-9]{1,2})?$/.test(text)) { return null; }
            return Math.round(parseFloat(text) * 100);
          }
          function formatPoints(hundredths) { return String(hundredths / 100).replace('.', ','); }

          function updateTotal() {
            var out = document.getElementById('tong');
            if (!out) { return; }
            var inputs = document.querySelectorAll('input.diem');
            var selects = document.querySelectorAll('select.dat');
            if (inputs.length) {
              var sum = 0, complete = true;
              inputs.forEach(function (input) {
                var value = parsePoints(input.value), max = Number(input.dataset.max);
                if (value === null || value > max) { complete = false; input.classList.add('bad-score'); }
                else { input.classList.remove('bad-score'); sum += value; }
              });
              var bands = (out.dataset.bands || '').split(';').filter(Boolean).map(function (band) {
                var colon = band.indexOf(':');
                return [Number(band.slice(0, colon)), band.slice(colon + 1)];
              }).sort(function (a, b) { return b[0] - a[0]; });
              var name = '';
              for (var i = 0; i < bands.length; i++) { if (sum >= bands[i][0]) { name = bands[i][1]; break; } }
              out.textContent = formatPoints(sum) + '/' + formatPoints(Number(out.dataset.max)) + ' — ' + name
                + (complete ? '' : ' (còn ô điểm chưa hợp lệ)');
            } else if (selects.length) {
              var met = 0, measured = 0;
              selects.forEach(function (select) {
                if (select.value === 'true') { met += 1; } else if (select.value === '') { measured += 1; }
              });
              out.textContent = 'Đạt ' + met + '/' + selects.length + ' chỉ tiêu'
                + (measured ? ' (' + measured + ' chỉ tiêu tính theo danh sách thành viên khi lưu)' : (met === selects.length ? '' : ' — Chưa đạt'));
            }
          }
          // A score split into parts is their sum, read-only while a part has points.
          function updateParts(table) {
            var target = document.querySelector('input[name="' + table.dataset.partsOf + '"]');
            if (!target) { return; }
            var sum = 0, any = false;
            table.querySelectorAll('input[data-column=points]').forEach(function (input) {
              var value = parsePoints(input.value);
              if (input.value.trim() !== '') { any = true; }
              if (value !== null) { sum += value; }
            });
            if (any) { target.readOnly = true; target.value = formatPoints(sum); } else { target.readOnly = false; }
            updateTotal();
          }
          document.addEventListener('input', function (event) {
            if (event.target.matches('input.diem')) { updateTotal(); }
            var parts = event.target.closest('table.grid[data-parts-of]');
            if (parts) { updateParts(parts); }
          });
          document.addEventListener('change', function (event) { if (event.target.matches('select.dat')) { updateTotal(); } });

          function renumber(table) {
            var name = table.dataset.grid, rows = table.tBodies[0].rows;
            for (var i = 0; i < rows.length; i++) {
              rows[i].cells[0].textContent = String(i + 1);
              rows[i].querySelectorAll('[data-column]').forEach(function (input) {
                input.name = name + '[' + (i + 1) + '].' + input.dataset.column;
              });
            }
            table.closest('.field').querySelector('input.grid-rows').value = String(rows.length);
            if (table.dataset.partsOf) { updateParts(table); }
          }
          function addRow(table) {
            var body = table.tBodies[0], row = body.rows[body.rows.length - 1].cloneNode(true);
            row.querySelectorAll('[data-column]').forEach(function (input) {
              // A starter's "<…>" hint is the copied row's own; a column's default ("Có") holds for every row.
              input.value = ''; input.classList.remove('cell-error'); input.placeholder = input.dataset.default || '';
            });
            body.appendChild(row);
            renumber(table);
            return row;
          }
          function fill(table, rows) {
            var body = table.tBodies[0];
            while (body.rows.length > 1) { body.deleteRow(body.rows.length - 1); }
            body.rows[0].querySelectorAll('[data-column]').forEach(function (input) { input.value = ''; input.classList.remove('cell-error'); });
            rows.forEach(function (values, index) {
              var row = index === 0 ? body.rows[0] : addRow(table);
              row.querySelectorAll('[data-column]').forEach(function (input) { input.value = values[input.dataset.column] || ''; });
            });
            renumber(table);
          }

          document.addEventListener('click', function (event) {
            var target = event.target;
            if (target.matches('button.add-row')) {
              addRow(document.querySelector('table.grid[data-grid="' + target.dataset.grid + '"]'));
            } else if (target.matches('button.remove-row')) {
              var table = target.closest('table.grid'), row = target.closest('tr');
              if (table.tBodies[0].rows.length > 1) { row.remove(); }
              else { row.querySelectorAll('[data-column]').forEach(function (input) { input.value = ''; }); }
              renumber(table);
            }
          });

          // A block copied from Excel arrives as lines of tab-separated cells: fill from the cell pasted
          // into, rightwards and downwards, adding rows as needed.
          document.addEventListener('paste', function (event) {
            var input = event.target;
            if (!input.matches('table.grid input[data-column]')) { return; }
            var text = (event.clipboardData || window.clipboardData).getData('text/plain');
            if (text.indexOf('\\t') < 0 && text.indexOf('\\n') < 0) { return; }
            event.preventDefault();
            var lines = text.replace(/\\r/g, '').split('\\n');
            if (lines.length && lines[lines.length - 1] === '') { lines.pop(); }
            var table = input.closest('table.grid'), body = table.tBodies[0];
            var start = Array.prototype.indexOf.call(body.rows, input.closest('tr'));
            // A block copied with its heading row: the staff list goes through the members import,
            // which knows the headings schools use and reads the values as `hoso members import` does;
            // when it refuses a value, the rows are placed by their headings as typed, so `check`
            // flags the bad value beside its cell on saving.
            if (table.dataset.grid === 'members' && lines.length > 1 && isHeading(lines[0], table)) {
              var csv = lines.map(function (line) {
                return line.split('\\t').map(function (cell) { return '"' + cell.replace(/"/g, '""') + '"'; }).join(',');
              }).join('\\n') + '\\n';
              // Into the first row: the whole staff list, in place of the grid's; below it: from that row on.
              var place = function (rows) { if (start === 0) { fill(table, rows); } else { fillFrom(table, start, rows); } };
              importSheet(new Blob([csv], { type: 'text/csv' }), 'dan-tu-excel.csv', place, function () {
                var rows = byHeading(lines, table);
                if (rows) { place(rows); } else { showImportProblem(pasteHeadingUnknown); }
              });
              return;
            }
            var columns = Array.prototype.slice.call(input.closest('tr').querySelectorAll('input[data-column]'));
            var first = columns.indexOf(input);
            lines.forEach(function (line, offset) {
              var row = body.rows[start + offset] || addRow(table);
              var cells = row.querySelectorAll('input[data-column]');
              line.split('\\t').forEach(function (value, index) {
                var cell = cells[first + index];
                if (cell) { cell.value = value.trim(); }
              });
            });
            renumber(table);
          });

          function fold(text) {
            return text.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().trim();
          }
          // A first line whose cells name the grid's columns ("Họ và tên", "Chức vụ", …).
          function isHeading(line, table) {
            var labels = Array.prototype.map.call(table.tHead.rows[0].cells, function (cell) { return fold(cell.textContent); });
            return line.split('\\t').some(function (cell) {
              var folded = fold(cell);
              return folded !== '' && (labels.indexOf(folded) >= 0 || (/\\bho\\b/.test(folded) && /\\bten\\b/.test(folded)));
            });
          }
          function showImportProblem(text) {
            var box = document.getElementById('import-problem');
            if (box) { box.textContent = text; box.hidden = !text; }
          }
          // The rows of a pasted block under its heading row, each heading matched to a column by its
          // label or a usual school heading; null when no heading names the members' names.
          var headingColumns = \(JSONText.object(UnitForm.pasteHeadings));
          function byHeading(lines, table) {
            var labels = {};
            Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
              if (cell.dataset.column) { labels[fold(cell.textContent)] = cell.dataset.column; }
            });
            var keys = lines[0].split('\\t').map(function (cell) {
              var folded = fold(cell);
              return labels[folded] || headingColumns[folded] || null;
            });
            if (keys.indexOf('name') < 0) { return null; }
            return lines.slice(1).map(function (line) {
              var values = {};
              line.split('\\t').forEach(function (value, index) { if (keys[index]) { values[keys[index]] = value.trim(); } });
              return values;
            });
          }
          // `rows` into the grid from row `start` on (0-based), adding rows as needed.
          function fillFrom(table, start, rows) {
            var body = table.tBodies[0];
            rows.forEach(function (values, offset) {
              var row = body.rows[start + offset] || addRow(table);
              row.querySelectorAll('[data-column]').forEach(function (input) {
                input.value = values[input.dataset.column] || ''; input.classList.remove('cell-error');
              });
            });
            renumber(table);
          }
          function importSheet(body, fileName, done, refused) {
            showImportProblem('');
            fetch(location.pathname + '/nhap-thanh-vien', {
              method: 'POST', body: body, credentials: 'same-origin',
              headers: { 'X-Hoso-Token': token, 'X-File-Name': encodeURIComponent(fileName), 'Content-Type': 'application/octet-stream' }
            }).then(function (response) {
              // Refused before the server reads it: the answer is the refusal page, not JSON.
              return response.status === 413 ? { error: uploadTooLarge } : response.json();
            }).then(function (answer) {
              if (answer.rows) {
                if (done) { done(answer.rows); } else { fill(document.querySelector('table.grid[data-grid="members"]'), answer.rows); }
              } else if (refused) { refused(); }
              else { showImportProblem(answer.error || 'Không nhập được tệp ' + fileName + '.'); }
            }).catch(function () { if (refused) { refused(); } else { showImportProblem('Không nhập được tệp ' + fileName + '.'); } });
          }
          document.addEventListener('change', function (event) {
            var input = event.target;
            if (!input.matches('input.import-members') || !input.files.length) { return; }
            // Told before sending: the server would refuse it unread (413).
            if (input.files[0].size > uploadLimit) { showImportProblem(uploadTooLarge); input.value = ''; return; }
            importSheet(input.files[0], input.files[0].name);
          });

          document.querySelectorAll('details.preview').forEach(function (details) {
            details.addEventListener('toggle', function () {
              var frame = details.querySelector('iframe');
              if (details.open && !frame.src) { frame.src = frame.dataset.src; }
            });
          });
        })();
        """
}
