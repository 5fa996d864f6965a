<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>ErrorText</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Berkas %1 tidak ada.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Berkas %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The file %1 is too large to load into memory.</source>
        <translation>Berkas %1 terlalu besar untuk dimuat ke memori.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Berkas %1 kosong.</translation>
    </message>
    <message>
        <source>A quoted field is never closed (a missing &quot; character).</source>
        <translation>Ada kolom bertanda kutip yang tidak pernah ditutup (karakter &quot; hilang).</translation>
    </message>
    <message>
        <source>A row has more fields than the header.</source>
        <translation>Ada baris dengan jumlah isian lebih banyak daripada judul kolom.</translation>
    </message>
    <message>
        <source>A row has fewer fields than the header.</source>
        <translation>Ada baris dengan jumlah isian lebih sedikit daripada judul kolom.</translation>
    </message>
    <message>
        <source>The file contains text that is not valid in the chosen encoding.</source>
        <translation>Berkas berisi teks yang tidak sah dalam pengodean yang dipilih.</translation>
    </message>
    <message>
        <source>No columns were found.</source>
        <translation>Tidak ditemukan satu kolom pun.</translation>
    </message>
    <message>
        <source>There is no column named %1.</source>
        <translation>Tidak ada kolom bernama %1.</translation>
    </message>
    <message>
        <source>Column %1 is not numeric and cannot be used this way.</source>
        <translation>Kolom %1 bukan angka dan tidak dapat dipakai dengan cara ini.</translation>
    </message>
    <message>
        <source>Column %1 has no values (all missing).</source>
        <translation>Kolom %1 tidak berisi nilai (semuanya kosong).</translation>
    </message>
    <message>
        <source>Column %1 contains an infinite or NaN value.</source>
        <translation>Kolom %1 berisi nilai tak hingga atau NaN.</translation>
    </message>
    <message>
        <source>No feature columns are selected. Give at least one column the role Feature.</source>
        <translation>Belum ada kolom fitur yang dipilih. Beri peran Fitur pada sedikitnya satu kolom.</translation>
    </message>
    <message>
        <source>Too few rows for this request (for example, more segments than customers).</source>
        <translation>Jumlah baris terlalu sedikit untuk permintaan ini (misalnya, segmen lebih banyak daripada nasabah).</translation>
    </message>
    <message>
        <source>Invalid setting: %1.</source>
        <translation>Pengaturan tidak sah: %1.</translation>
    </message>
    <message>
        <source>Column %1 has a category that was not seen when fitting.</source>
        <translation>Kolom %1 memiliki kategori yang tidak ada saat model dilatih.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Berkas %1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>The model file is invalid: %1.</source>
        <translation>Berkas model tidak sah: %1.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Galat tak dikenal.</translation>
    </message>
    <message>
        <source>(line %1, field %2)</source>
        <translation>(baris %1, isian ke-%2)</translation>
    </message>
    <message>
        <source>(line %1)</source>
        <translation>(baris %1)</translation>
    </message>
</context>
<context>
    <name>PlotTools</name>
    <message>
        <source>Export chart as PNG, SVG or PDF…</source>
        <translation>Ekspor grafik sebagai PNG, SVG, atau PDF…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Ekspor grafik</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Gambar PNG (*.png);;Gambar SVG (*.svg);;Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>Grafik tidak dapat ditulis ke %1.</translation>
    </message>
</context>
<context>
    <name>gugus::ui::JobRunner</name>
    <message>
        <source>Not enough memory for this job. Try fewer rows or columns.</source>
        <translation>Memori tidak cukup untuk pekerjaan ini. Coba dengan lebih sedikit baris atau kolom.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Galat tak terduga: %1</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Galat tak terduga.</translation>
    </message>
    <message>
        <source>Reading file</source>
        <translation>Membaca berkas</translation>
    </message>
    <message>
        <source>Parsing rows</source>
        <translation>Mengurai baris</translation>
    </message>
    <message>
        <source>Detecting column types</source>
        <translation>Mengenali jenis kolom</translation>
    </message>
    <message>
        <source>Writing file</source>
        <translation>Menulis berkas</translation>
    </message>
    <message>
        <source>Preparing features</source>
        <translation>Menyiapkan fitur</translation>
    </message>
    <message>
        <source>Trying each k</source>
        <translation>Mencoba setiap k</translation>
    </message>
    <message>
        <source>Running K-Means</source>
        <translation>Menjalankan K-Means</translation>
    </message>
    <message>
        <source>Computing silhouette</source>
        <translation>Menghitung silhouette</translation>
    </message>
    <message>
        <source>Projecting (PCA)</source>
        <translation>Memproyeksikan (PCA)</translation>
    </message>
    <message>
        <source>Profiling segments</source>
        <translation>Menyusun profil segmen</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Menyelesaikan</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Sedang bekerja</translation>
    </message>
</context>
<context>
    <name>gugus::ui::MainWindow</name>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>About Gugus</source>
        <translation>Tentang Gugus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gugus %1&lt;/b&gt;&lt;p&gt;Customer segmentation studio: load a customer table, prepare it, explore it, segment it and read what each segment owns.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Gugus %1&lt;/b&gt;&lt;p&gt;Studio segmentasi nasabah: muat tabel nasabah, siapkan, jelajahi, bagi menjadi segmen, lalu baca produk apa yang dimiliki setiap segmen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Eksplorasi</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Open CSV…</source>
        <translation>B&amp;uka CSV…</translation>
    </message>
    <message>
        <source>Open the &amp;sample data</source>
        <translation>Buka data &amp;contoh</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Buka yang &amp;terakhir</translation>
    </message>
    <message>
        <source>Save &amp;labelled data (CSV)…</source>
        <translation>Simpan data ber&amp;label (CSV)…</translation>
    </message>
    <message>
        <source>Save segment s&amp;ummary (JSON)…</source>
        <translation>Simpan &amp;ringkasan segmen (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;About Gugus</source>
        <translation>&amp;Tentang Gugus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stop the running job</source>
        <translation>Hentikan pekerjaan yang sedang berjalan</translation>
    </message>
    <message>
        <source>Gugus — %1</source>
        <translation>Gugus — %1</translation>
    </message>
    <message>
        <source>Gugus</source>
        <translation>Gugus</translation>
    </message>
    <message>
        <source>Open customer table</source>
        <translation>Buka tabel nasabah</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Berkas CSV (*.csv *.tsv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Memuat %1</translation>
    </message>
    <message>
        <source>Loaded %L1 rows and %L2 columns.</source>
        <translation>%L1 baris dan %L2 kolom dimuat.</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Berkas tidak dapat dibuka</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 tidak dapat dibuka.

%2</translation>
    </message>
    <message>
        <source>Save labelled data</source>
        <translation>Simpan data berlabel</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Menyimpan %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 tersimpan.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
    <message>
        <source>Save segment summary</source>
        <translation>Simpan ringkasan segmen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Berkas JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>gugus::ui::Project</name>
    <message>
        <source>FundFusion-style sample</source>
        <translation>Contoh bergaya FundFusion</translation>
    </message>
    <message>
        <source>Atypical customers</source>
        <translation>Nasabah atipikal</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segmen %1</translation>
    </message>
</context>
</TS>
