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
    <message>
        <source>This linkage needs %1 of memory for its distance matrix, more than the %2 allowed. Use Ward or single linkage, or fewer rows.</source>
        <translation>Linkage ini memerlukan memori %1 untuk matriks jaraknya, melebihi batas %2. Gunakan linkage Ward atau single, atau kurangi jumlah baris.</translation>
    </message>
    <message>
        <source>The preparation recipe is invalid: %1.</source>
        <translation>Resep persiapan data tidak sah: %1.</translation>
    </message>
    <message>
        <source>The project file is invalid: %1.</source>
        <translation>Berkas proyek tidak sah: %1.</translation>
    </message>
    <message>
        <source>The chosen features do not vary: every customer has the same values, so there is nothing to segment. Choose other features.</source>
        <translation>Fitur yang dipilih tidak bervariasi: semua nasabah memiliki nilai yang sama, sehingga tidak ada yang bisa disegmentasi. Pilih fitur lain.</translation>
    </message>
    <message>
        <source>%L1 segments were asked for, but only %L2 customers differ in the chosen features: some segments would be empty. Choose a smaller k.</source>
        <translation>Diminta %L1 segmen, tetapi hanya %L2 nasabah yang berbeda pada fitur yang dipilih: sebagian segmen akan kosong. Pilih k yang lebih kecil.</translation>
    </message>
    <message>
        <source>The values of %1 are too large to compare (beyond 1e150). Scale the column or leave it out.</source>
        <translation>Nilai %1 terlalu besar untuk dibandingkan (melebihi 1e150). Skalakan kolom itu atau keluarkan.</translation>
    </message>
    <message>
        <source>DBSCAN found no segment: every customer is noise at this eps. Try a larger eps, for example %1 (the knee of the k-distance curve).</source>
        <translation>DBSCAN tidak menemukan segmen: semua nasabah tergolong atipikal (noise) pada eps ini. Coba eps yang lebih besar, misalnya %1 (lutut kurva jarak-k).</translation>
    </message>
    <message>
        <source>DBSCAN found no segment: every customer is noise at this eps. Try a larger eps.</source>
        <translation>DBSCAN tidak menemukan segmen: semua nasabah tergolong atipikal (noise) pada eps ini. Coba eps yang lebih besar.</translation>
    </message>
    <message>
        <source>%1 is an input of this job; writing there would destroy it. Choose another file.</source>
        <translation>%1 adalah masukan pekerjaan ini; menulis ke sana akan merusaknya. Pilih berkas lain.</translation>
    </message>
    <message>
        <source>%1 is chosen for two outputs. Choose a different file for each.</source>
        <translation>%1 dipilih untuk dua keluaran. Pilih berkas yang berbeda untuk masing-masing.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>harus berupa objek</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>harus berupa daftar</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>harus berupa teks</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>harus true atau false</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>harus berupa angka</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>harus berupa angka terhingga</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>di luar rentang yang diperbolehkan</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>harus berupa bilangan bulat</translation>
    </message>
    <message>
        <source>must be a whole number from 0</source>
        <translation>harus berupa bilangan bulat mulai 0</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>harus berupa bilangan bulat mulai 1</translation>
    </message>
    <message>
        <source>is not a Gugus project</source>
        <translation>bukan proyek Gugus</translation>
    </message>
    <message>
        <source>is not a Gugus model</source>
        <translation>bukan model Gugus</translation>
    </message>
    <message>
        <source>must be a colour &quot;#rrggbb&quot; or empty</source>
        <translation>harus berupa warna &quot;#rrggbb&quot; atau kosong</translation>
    </message>
    <message>
        <source>has more entries than segments can exist</source>
        <translation>berisi lebih banyak entri daripada jumlah segmen yang mungkin</translation>
    </message>
    <message>
        <source>must be one of , ; tab | or empty (detected)</source>
        <translation>harus salah satu dari , ; tab | atau kosong (dideteksi otomatis)</translation>
    </message>
    <message>
        <source>must be from %L1 to %L2</source>
        <translation>harus antara %L1 dan %L2</translation>
    </message>
    <message>
        <source>has an unknown value &quot;%1&quot;</source>
        <translation>berisi nilai yang tidak dikenal &quot;%1&quot;</translation>
    </message>
    <message>
        <source>repeats &quot;%1&quot;</source>
        <translation>mengulang &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is version %1, newer than this program reads (%2): update Gugus</source>
        <translation>versi %1, lebih baru daripada yang dapat dibaca program ini (%2): perbarui Gugus</translation>
    </message>
    <message>
        <source>it is not valid JSON (the file is damaged or not of this kind)</source>
        <translation>isinya bukan JSON yang benar (berkas rusak atau bukan berkas jenis ini)</translation>
    </message>
    <message>
        <source>the field %1 %2</source>
        <translation>isian %1 %2</translation>
    </message>
    <message>
        <source>%1 is not a text (CSV) file: it holds binary data. Save a spreadsheet as CSV first, and UTF-16 text as UTF-8.</source>
        <translation>%1 bukan berkas teks (CSV): isinya data biner. Simpan lembar kerja sebagai CSV terlebih dahulu, dan teks UTF-16 sebagai UTF-8.</translation>
    </message>
    <message>
        <source>Column %1 was set to be numeric, but its values are no numbers (for example &quot;%2&quot; on line %3). Choose another type for it.</source>
        <translation>Kolom %1 ditetapkan sebagai numerik, tetapi nilainya bukan angka (misalnya &quot;%2&quot; pada baris %3). Pilih tipe lain untuk kolom ini.</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>tidak boleh kosong</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>memuat karakter kontrol</translation>
    </message>
    <message>
        <source>must not be there: a project never stores a password</source>
        <translation>tidak boleh ada: proyek tidak pernah menyimpan kata sandi</translation>
    </message>
    <message>
        <source>is longer than %L1 bytes</source>
        <translation>lebih panjang dari %L1 bita</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1.</source>
        <translation>Tidak dapat terhubung ke basis data %1.</translation>
    </message>
    <message>
        <source>The database %1 asks for a password.</source>
        <translation>Basis data %1 meminta kata sandi.</translation>
    </message>
    <message>
        <source>The database %1 did not run the query.</source>
        <translation>Basis data %1 tidak menjalankan kueri.</translation>
    </message>
    <message>
        <source>The table %1 could not be written; nothing was written.</source>
        <translation>Tabel %1 tidak dapat ditulis; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>%1

The database said:
%2</source>
        <translation>%1

Pesan dari basis data:
%2</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 (.xls) workbook, which Gugus does not read. Open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>%1 adalah buku kerja Excel 97-2003 (.xls) lama yang tidak dapat dibaca Gugus. Buka di Excel atau LibreOffice lalu simpan sebagai .xlsx atau CSV.</translation>
    </message>
    <message>
        <source>%1 is protected by a password (encrypted). Remove the password in Excel, save the workbook again, and open that copy.</source>
        <translation>%1 dilindungi kata sandi (terenkripsi). Hapus kata sandinya di Excel, simpan kembali buku kerjanya, lalu buka salinan tersebut.</translation>
    </message>
    <message>
        <source>This is not a readable Excel workbook (.xlsx): %1 (%2).</source>
        <translation>Ini bukan buku kerja Excel (.xlsx) yang dapat dibaca: %1 (%2).</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1. Its sheets: %2.</source>
        <translation>Buku kerja tidak memiliki lembar %1. Lembar yang ada: %2.</translation>
    </message>
    <message>
        <source>Sheet %1 has merged cells in its header row (%2). Unmerge them so every column has its own name.</source>
        <translation>Lembar %1 memiliki sel gabungan pada baris judulnya (%2). Pisahkan sel tersebut agar setiap kolom memiliki namanya sendiri.</translation>
    </message>
    <message>
        <source>is not a Gugus column display file</source>
        <translation>bukan berkas tampilan kolom Gugus</translation>
    </message>
    <message>
        <source>is not a Gugus recipe</source>
        <translation>bukan resep Gugus</translation>
    </message>
    <message>
        <source>is not a Gugus recipe specification</source>
        <translation>bukan spesifikasi resep Gugus</translation>
    </message>
    <message>
        <source>repeats the column &quot;%1&quot;</source>
        <translation>mengulang kolom &quot;%1&quot;</translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, a column the recipe does not describe</source>
        <translation>menyebut &quot;%1&quot;, kolom yang tidak dijelaskan oleh resep</translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, which is not a feature</source>
        <translation>menyebut &quot;%1&quot;, yang bukan fitur</translation>
    </message>
    <message>
        <source>must not be empty for a categorical column</source>
        <translation>tidak boleh kosong untuk kolom kategorikal</translation>
    </message>
    <message>
        <source>must be one of the categories</source>
        <translation>harus salah satu dari kategorinya</translation>
    </message>
    <message>
        <source>must be empty for a numeric column</source>
        <translation>harus kosong untuk kolom numerik</translation>
    </message>
    <message>
        <source>must have %L1 value(s)</source>
        <translation>harus berisi %L1 nilai</translation>
    </message>
    <message>
        <source>must not be below the lower bound</source>
        <translation>tidak boleh di bawah batas bawah</translation>
    </message>
    <message>
        <source>has no entry for the feature &quot;%1&quot;</source>
        <translation>tidak memuat entri untuk fitur &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must equal the recipe&apos;s %L1 features</source>
        <translation>harus sama dengan %L1 fitur pada resep</translation>
    </message>
    <message>
        <source>must have k = %L1 rows</source>
        <translation>harus berisi k = %L1 baris</translation>
    </message>
    <message>
        <source>must have k = %L1 values</source>
        <translation>harus berisi k = %L1 nilai</translation>
    </message>
    <message>
        <source>must have at most k = %L1 names</source>
        <translation>paling banyak berisi k = %L1 nama</translation>
    </message>
    <message>
        <source>must have %L1 values</source>
        <translation>harus berisi %L1 nilai</translation>
    </message>
    <message>
        <source>must be a list of %L1 values</source>
        <translation>harus berupa daftar %L1 nilai</translation>
    </message>
    <message>
        <source>must have one entry per feature of the recipe (%L1)</source>
        <translation>harus berisi satu entri untuk setiap fitur resep (%L1)</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot; (the recipe&apos;s feature at this place)</source>
        <translation>harus &quot;%1&quot; (fitur resep pada posisi ini)</translation>
    </message>
    <message>
        <source>disagrees with the recipe&apos;s column type</source>
        <translation>tidak sesuai dengan tipe kolom pada resep</translation>
    </message>
    <message>
        <source>must be in ascending order</source>
        <translation>harus berurutan naik</translation>
    </message>
    <message>
        <source>must have one label per core row</source>
        <translation>harus berisi satu label untuk setiap baris inti</translation>
    </message>
    <message>
        <source>must be a category of %1 or empty (null)</source>
        <translation>harus berupa kategori dari %1 atau kosong (null)</translation>
    </message>
    <message>
        <source>is not a category of %1</source>
        <translation>bukan kategori dari %1</translation>
    </message>
    <message>
        <source>must be a finite number or empty (null)</source>
        <translation>harus berupa angka terhingga atau kosong (null)</translation>
    </message>
    <message>
        <source>must give at least one column a weight above 0</source>
        <translation>harus memberi bobot di atas 0 pada sedikitnya satu kolom</translation>
    </message>
    <message>
        <source>belongs to the Gower distance only</source>
        <translation>hanya berlaku untuk jarak Gower</translation>
    </message>
    <message>
        <source>must be &quot;pca&quot;</source>
        <translation>harus &quot;pca&quot;</translation>
    </message>
    <message>
        <source>must have one %1 per feature (%L2)</source>
        <translation>harus berisi satu %1 untuk setiap fitur (%L2)</translation>
    </message>
    <message>
        <source>must have 1 to %L1 axes</source>
        <translation>harus berisi 1 sampai %L1 sumbu</translation>
    </message>
    <message>
        <source>must have exactly one value</source>
        <translation>harus berisi tepat satu nilai</translation>
    </message>
    <message>
        <source>must have %L1 to %L2 shares</source>
        <translation>harus berisi %L1 sampai %L2 porsi</translation>
    </message>
    <message>
        <source>is DBSCAN, whose model needs its core rows: it cannot be written as one SQL SELECT</source>
        <translation>adalah DBSCAN, yang modelnya memerlukan baris intinya: model ini tidak dapat ditulis sebagai satu SQL SELECT</translation>
    </message>
    <message>
        <source>is K-Medoids with the Gower distance, which skips missing values and compares raw categories: it is not written as SQL (use Euclidean or Manhattan)</source>
        <translation>adalah K-Medoids dengan jarak Gower, yang melewati nilai kosong dan membandingkan kategori mentah: model ini tidak ditulis sebagai SQL (gunakan Euclidean atau Manhattan)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>nilai</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>bobot</translation>
    </message>
    <message>
        <source>The table %1 is read by the query, an input of this job; writing there would destroy it. Choose another table.</source>
        <translation>Tabel %1 dibaca oleh kueri, masukan pekerjaan ini; menulis ke sana akan merusaknya. Pilih tabel lain.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Numeric</source>
        <translation>Numerik</translation>
    </message>
    <message>
        <source>Binary (0/1)</source>
        <translation>Biner (0/1)</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Kategorikal</translation>
    </message>
    <message>
        <source>Identifier / text</source>
        <translation>Pengenal / teks</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Fitur</translation>
    </message>
    <message>
        <source>Profile only</source>
        <translation>Hanya profil</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Pengenal</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Most frequent</source>
        <translation>Paling sering</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstanta</translation>
    </message>
    <message>
        <source>Drop rows</source>
        <translation>Buang baris</translation>
    </message>
    <message>
        <source>One-hot</source>
        <translation>One-hot</translation>
    </message>
    <message>
        <source>Ordinal</source>
        <translation>Ordinal</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>log(1 + x)</source>
        <translation>log(1 + x)</translation>
    </message>
    <message>
        <source>Standard (z-score)</source>
        <translation>Standar (skor-z)</translation>
    </message>
    <message>
        <source>Min-max (0 to 1)</source>
        <translation>Min-maks (0 sampai 1)</translation>
    </message>
    <message>
        <source>Robust (median, IQR)</source>
        <translation>Robust (median, IQR)</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>Demografi</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Keuangan</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Perilaku</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>Training loss (MSE)</source>
        <translation>Loss pelatihan (MSE)</translation>
    </message>
    <message>
        <source>PCA with as many components</source>
        <translation>PCA dengan jumlah komponen yang sama</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Mean squared error (scaled)</source>
        <translation>Rata-rata kesalahan kuadrat (terskala)</translation>
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
        <source>%1 already exists. Replace it?</source>
        <translation>%1 sudah ada. Ganti berkas tersebut?</translation>
    </message>
</context>
<context>
    <name>ScreePlot</name>
    <message>
        <source>Share of the variance per component</source>
        <translation>Porsi varians per komponen</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Porsi kumulatif</translation>
    </message>
    <message>
        <source>Principal component</source>
        <translation>Komponen utama</translation>
    </message>
    <message>
        <source>Variance explained (%)</source>
        <translation>Varians yang dijelaskan (%)</translation>
    </message>
    <message>
        <source>keep %1: %2</source>
        <translation>pertahankan %1: %2</translation>
    </message>
</context>
<context>
    <name>gugus::report</name>
    <message>
        <source>Customer segments</source>
        <translation>Segmen nasabah</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>Customer segmentation report</source>
        <translation>Laporan segmentasi nasabah</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Disusun oleh</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>%1 rows × %2 columns; %3 customers segmented on %4 columns</source>
        <translation>%1 baris × %2 kolom; %3 nasabah disegmentasi berdasarkan %4 kolom</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Dibuat dengan</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Ringkasan eksekutif</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segmen</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>nasabah</translation>
    </message>
    <message>
        <source>silhouette: %1</source>
        <translation>silhouette: %1</translation>
    </message>
    <message>
        <source>in the largest segment, %1</source>
        <translation>di segmen terbesar, %1</translation>
    </message>
    <message>
        <source>The %1 customers fall into %2 segments.</source>
        <translation>Sebanyak %1 nasabah terbagi ke dalam %2 segmen.</translation>
    </message>
    <message>
        <source>By size: %1.</source>
        <translation>Menurut ukuran: %1.</translation>
    </message>
    <message>
        <source>The largest are %1; the sizes table lists all %2.</source>
        <translation>Yang terbesar adalah %1; tabel ukuran memuat seluruh %2 segmen.</translation>
    </message>
    <message>
        <source>%1 customers (%2) fit no segment: the density-based method marks them as atypical and leaves them out.</source>
        <translation>%1 nasabah (%2) tidak masuk segmen mana pun: metode berbasis kepadatan menandai mereka sebagai atipikal dan mengecualikannya.</translation>
    </message>
    <message>
        <source>Separation: %1</source>
        <translation>Keterpisahan: %1</translation>
    </message>
    <message>
        <source>estimated on a random sample of %1 customers</source>
        <translation>diperkirakan dari sampel acak %1 nasabah</translation>
    </message>
    <message>
        <source>computed on all %1 customers</source>
        <translation>dihitung dari seluruh %1 nasabah</translation>
    </message>
    <message>
        <source>The mean silhouette is %1 (%2), which reads as %3. %4</source>
        <translation>Rata-rata silhouette adalah %1 (%2), yang berarti %3. %4</translation>
    </message>
    <message>
        <source>Scale: above %1 strong, %2 to %1 reasonable, %3 to %2 weak, below %3 no substantial structure.</source>
        <translation>Skala: di atas %1 kuat, %2 sampai %1 cukup, %3 sampai %2 lemah, di bawah %3 tanpa struktur berarti.</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Keterpisahan</translation>
    </message>
    <message>
        <source>The silhouette is not defined for fewer than two segments.</source>
        <translation>Silhouette tidak terdefinisi untuk kurang dari dua segmen.</translation>
    </message>
    <message>
        <source>Strongest difference: in %1, %2.</source>
        <translation>Perbedaan terkuat: pada %1, %2.</translation>
    </message>
    <message>
        <source>Offer %1 to %2: %3 of the segment own it, %4 times the average; %5 customers there do not have it yet.</source>
        <translation>Tawarkan %1 kepada %2: %3 anggota segmen memilikinya, %4 kali rata-rata; %5 nasabah di sana belum memilikinya.</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Temuan utama</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Tindakan yang disarankan</translation>
    </message>
    <message>
        <source>Segment sizes</source>
        <translation>Ukuran segmen</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Nasabah</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
    <message>
        <source>Most distinctive</source>
        <translation>Paling khas</translation>
    </message>
    <message>
        <source>Customers per segment and their share of all customers.</source>
        <translation>Jumlah nasabah per segmen dan porsinya dari seluruh nasabah.</translation>
    </message>
    <message>
        <source>How the segments differ</source>
        <translation>Perbedaan antarsegmen</translation>
    </message>
    <message>
        <source>Each cell compares a segment with all customers: red where the segment is higher, blue where it is lower, in standard deviations of all customers (for a category, its share). Rows are ordered by how strongly they separate the segments; ● marks the columns the segments were built on.</source>
        <translation>Setiap sel membandingkan satu segmen dengan seluruh nasabah: merah bila segmen lebih tinggi, biru bila lebih rendah, dalam satuan simpangan baku seluruh nasabah (untuk kategori, porsinya). Baris diurutkan menurut seberapa kuat baris itu memisahkan segmen; ● menandai kolom yang menjadi dasar pembentukan segmen.</translation>
    </message>
    <message>
        <source>lower than all customers</source>
        <translation>lebih rendah dari seluruh nasabah</translation>
    </message>
    <message>
        <source>higher than all customers</source>
        <translation>lebih tinggi dari seluruh nasabah</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>tidak ada data</translation>
    </message>
    <message>
        <source>Showing the %1 most distinctive of %2 rows.</source>
        <translation>Menampilkan %1 baris paling khas dari %2 baris.</translation>
    </message>
    <message>
        <source>%1 customers · %2 of all</source>
        <translation>%1 nasabah · %2 dari keseluruhan</translation>
    </message>
    <message>
        <source>What sets them apart</source>
        <translation>Yang membedakan mereka</translation>
    </message>
    <message>
        <source>close to the average customer on every column</source>
        <translation>mendekati nasabah rata-rata pada semua kolom</translation>
    </message>
    <message>
        <source>Products to offer</source>
        <translation>Produk untuk ditawarkan</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Owned in the segment</source>
        <translation>Dimiliki di segmen</translation>
    </message>
    <message>
        <source>Owned by all customers</source>
        <translation>Dimiliki seluruh nasabah</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Not yet owning</source>
        <translation>Belum memiliki</translation>
    </message>
    <message>
        <source>Products owned by at least %1 of the segment, by lift (how many times more often the segment owns it than all customers). Not yet owning: customers of the segment to offer it to.</source>
        <translation>Produk yang dimiliki sedikitnya %1 anggota segmen, diurutkan menurut lift (berapa kali lebih sering segmen memilikinya dibandingkan seluruh nasabah). Belum memiliki: nasabah segmen yang dapat ditawari produk tersebut.</translation>
    </message>
    <message>
        <source>Risk indicators</source>
        <translation>Indikator risiko</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Tindakan yang disarankan</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Sekilas</translation>
    </message>
    <message>
        <source>The segment&apos;s largest differences from all customers, in standard deviations (for a category, its share), as in the heatmap.</source>
        <translation>Perbedaan terbesar segmen ini dari seluruh nasabah, dalam satuan simpangan baku (untuk kategori, porsinya), seperti pada peta panas.</translation>
    </message>
    <message>
        <source>The customer map</source>
        <translation>Peta nasabah</translation>
    </message>
    <message>
        <source>Every customer placed on the two directions along which the customers differ most (principal components of the prepared data). Customers close together are alike; the numbered discs are the segments&apos; centres. Together the two axes show %1 of the differences between customers.</source>
        <translation>Setiap nasabah ditempatkan pada dua arah tempat para nasabah paling berbeda (komponen utama dari data yang telah disiapkan). Nasabah yang berdekatan saling mirip; cakram bernomor adalah pusat segmen. Kedua sumbu bersama-sama memperlihatkan %1 dari perbedaan antarnasabah.</translation>
    </message>
    <message>
        <source>Component %1 (%2 of the differences)</source>
        <translation>Komponen %1 (%2 dari perbedaan)</translation>
    </message>
    <message>
        <source>Showing a random sample of %1 of the %2 customers (seeded, so the same map every time); the centres are computed from all of them.</source>
        <translation>Menampilkan sampel acak %1 dari %2 nasabah (dengan seed tetap, sehingga petanya selalu sama); pusat segmen dihitung dari seluruh nasabah.</translation>
    </message>
    <message>
        <source>All %1 customers.</source>
        <translation>Seluruh %1 nasabah.</translation>
    </message>
    <message>
        <source>How the number of segments was chosen</source>
        <translation>Cara jumlah segmen dipilih</translation>
    </message>
    <message>
        <source>Groups of customers under the top merges (their size)</source>
        <translation>Kelompok nasabah di bawah penggabungan teratas (ukurannya)</translation>
    </message>
    <message>
        <source>Merge height (%1 linkage)</source>
        <translation>Tinggi penggabungan (linkage %1)</translation>
    </message>
    <message>
        <source>cut into %1 segments</source>
        <translation>dipotong menjadi %1 segmen</translation>
    </message>
    <message>
        <source>The hierarchical tree</source>
        <translation>Pohon hierarki</translation>
    </message>
    <message>
        <source>The top %1 merges of the tree of %2 customers: groups joined low are alike, a long vertical line is a large difference. Cutting at the dashed line gives the segments, coloured as elsewhere in this report.</source>
        <translation>%1 penggabungan teratas dari pohon %2 nasabah: kelompok yang bergabung di bagian bawah saling mirip, garis tegak yang panjang menandakan perbedaan besar. Memotong pada garis putus-putus menghasilkan segmen, dengan warna yang sama seperti di bagian lain laporan ini.</translation>
    </message>
    <message>
        <source>Customers, sorted by that distance (%)</source>
        <translation>Nasabah, diurutkan menurut jarak tersebut (%)</translation>
    </message>
    <message>
        <source>Distance to the k-th nearest customer (k = %1)</source>
        <translation>Jarak ke nasabah terdekat ke-k (k = %1)</translation>
    </message>
    <message>
        <source>eps used: %1</source>
        <translation>eps yang dipakai: %1</translation>
    </message>
    <message>
        <source>knee: eps %1</source>
        <translation>titik siku: eps %1</translation>
    </message>
    <message>
        <source>The k-distance curve</source>
        <translation>Kurva jarak-k</translation>
    </message>
    <message>
        <source>Each customer&apos;s distance to its k-th nearest neighbour (k = %1), sorted. Customers below the eps line lie in dense regions and form segments; the steep rise at the right are the atypical customers.</source>
        <translation>Jarak setiap nasabah ke tetangga terdekat ke-k (k = %1), diurutkan. Nasabah di bawah garis eps berada di wilayah padat dan membentuk segmen; lonjakan tajam di sebelah kanan adalah nasabah atipikal.</translation>
    </message>
    <message>
        <source>Gugus segmented the customers for every k from %1 to %2 and scored each result. The chosen k = %3 is %4.</source>
        <translation>Gugus menyegmentasi nasabah untuk setiap k dari %1 sampai %2 dan menilai setiap hasilnya. k = %3 yang dipilih adalah %4.</translation>
    </message>
    <message>
        <source>Number of segments (k)</source>
        <translation>Jumlah segmen (k)</translation>
    </message>
    <message>
        <source>chosen k = %1</source>
        <translation>k terpilih = %1</translation>
    </message>
    <message>
        <source>Within-segment spread (inertia)</source>
        <translation>Sebaran dalam segmen (inersia)</translation>
    </message>
    <message>
        <source>Mean silhouette</source>
        <translation>Rata-rata silhouette</translation>
    </message>
    <message>
        <source>Left: the spread within segments falls as k grows; the bend (elbow) is where more segments stop paying off. Right: the silhouette, higher is better separated, with the rating bands.</source>
        <translation>Kiri: sebaran dalam segmen menurun seiring bertambahnya k; tekukan (siku) adalah titik ketika tambahan segmen tidak lagi sepadan. Kanan: silhouette, makin tinggi makin terpisah, dengan pita penilaiannya.</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Inersia</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>Calinski–Harabasz</source>
        <translation>Calinski–Harabasz</translation>
    </message>
    <message>
        <source>Davies–Bouldin</source>
        <translation>Davies–Bouldin</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>terpilih</translation>
    </message>
    <message>
        <source>elbow</source>
        <translation>siku</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Everything needed to repeat this segmentation: the same data (same fingerprint), preparation, algorithm, options and seed give the same segments.</source>
        <translation>Semua yang diperlukan untuk mengulang segmentasi ini: data yang sama (sidik jari yang sama), persiapan, algoritme, opsi, dan seed yang sama menghasilkan segmen yang sama.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Data fingerprint</source>
        <translation>Sidik jari data</translation>
    </message>
    <message>
        <source>Rows in the data</source>
        <translation>Baris dalam data</translation>
    </message>
    <message>
        <source>Rows segmented</source>
        <translation>Baris yang disegmentasi</translation>
    </message>
    <message>
        <source>Rows dropped for missing values</source>
        <translation>Baris yang dibuang karena nilai kosong</translation>
    </message>
    <message>
        <source>Prepared features</source>
        <translation>Fitur hasil persiapan</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritme</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Seed acak</translation>
    </message>
    <message>
        <source>Silhouette computed on</source>
        <translation>Silhouette dihitung dari</translation>
    </message>
    <message>
        <source>a random sample of %1 customers</source>
        <translation>sampel acak %1 nasabah</translation>
    </message>
    <message>
        <source>all %1 customers (exact)</source>
        <translation>seluruh %1 nasabah (tepat)</translation>
    </message>
    <message>
        <source>Atypical rows left out of the metrics</source>
        <translation>Baris atipikal yang dikecualikan dari metrik</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Waktu proses</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <source>Gugus version</source>
        <translation>Versi Gugus</translation>
    </message>
    <message>
        <source>Data preparation</source>
        <translation>Persiapan data</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Penggunaan</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Nilai kosong</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Pengodean</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformasi</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Penskalaan</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segmen %1</translation>
    </message>
    <message>
        <source>Atypical customers</source>
        <translation>Nasabah atipikal</translation>
    </message>
    <message>
        <source>%1 is high: %2 on average vs %3 for all customers</source>
        <translation>%1 tinggi: rata-rata %2 dibandingkan %3 untuk seluruh nasabah</translation>
    </message>
    <message>
        <source>%1 is low: %2 on average vs %3 for all customers</source>
        <translation>%1 rendah: rata-rata %2 dibandingkan %3 untuk seluruh nasabah</translation>
    </message>
    <message>
        <source>%1 is %2 for %3 of the segment vs %4 of all customers</source>
        <translation>%1 = %2 pada %3 anggota segmen dibandingkan %4 seluruh nasabah</translation>
    </message>
    <message>
        <source>owns %1 more often: %2 vs %3 of all customers</source>
        <translation>lebih sering memiliki %1: %2 dibandingkan %3 seluruh nasabah</translation>
    </message>
    <message>
        <source>owns %1 less often: %2 vs %3 of all customers</source>
        <translation>lebih jarang memiliki %1: %2 dibandingkan %3 seluruh nasabah</translation>
    </message>
    <message>
        <source>strong structure</source>
        <translation>struktur kuat</translation>
    </message>
    <message>
        <source>reasonable structure</source>
        <translation>struktur cukup</translation>
    </message>
    <message>
        <source>weak structure</source>
        <translation>struktur lemah</translation>
    </message>
    <message>
        <source>no substantial structure</source>
        <translation>tanpa struktur berarti</translation>
    </message>
    <message>
        <source>The segments are clearly apart: customers sit much closer to their own segment than to any other.</source>
        <translation>Segmen-segmen terpisah dengan jelas: nasabah jauh lebih dekat ke segmennya sendiri daripada ke segmen lain.</translation>
    </message>
    <message>
        <source>The segments are distinct, with some customers near the borders between them.</source>
        <translation>Segmen-segmen cukup berbeda, dengan sebagian nasabah berada dekat batas antarsegmen.</translation>
    </message>
    <message>
        <source>The segments overlap: they are useful groupings for planning, but many customers sit between two segments.</source>
        <translation>Segmen-segmen saling tumpang tindih: berguna sebagai pengelompokan untuk perencanaan, tetapi banyak nasabah berada di antara dua segmen.</translation>
    </message>
    <message>
        <source>The data show no clear groups: treat the segments as a convenient split of a continuum, not as distinct types of customer.</source>
        <translation>Data tidak menunjukkan kelompok yang jelas: anggap segmen sebagai pembagian praktis dari suatu kontinum, bukan sebagai tipe nasabah yang berbeda.</translation>
    </message>
    <message>
        <source>%1: %2 vs %3 for all customers</source>
        <translation>%1: %2 dibandingkan %3 untuk seluruh nasabah</translation>
    </message>
    <message>
        <source>K-Means</source>
        <translation>K-Means</translation>
    </message>
    <message>
        <source>Hierarchical (agglomerative)</source>
        <translation>Hierarki (aglomeratif)</translation>
    </message>
    <message>
        <source>DBSCAN (density-based)</source>
        <translation>DBSCAN (berbasis kepadatan)</translation>
    </message>
    <message>
        <source>segmented on</source>
        <translation>dasar segmentasi</translation>
    </message>
    <message>
        <source>described only</source>
        <translation>hanya dideskripsikan</translation>
    </message>
    <message>
        <source>customer id</source>
        <translation>ID nasabah</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>tidak dipakai</translation>
    </message>
    <message>
        <source>number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ya/tidak</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>rata-rata</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>most frequent</source>
        <translation>paling sering</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>konstanta</translation>
    </message>
    <message>
        <source>drop the row</source>
        <translation>buang barisnya</translation>
    </message>
    <message>
        <source>one-hot</source>
        <translation>one-hot</translation>
    </message>
    <message>
        <source>ordinal</source>
        <translation>ordinal</translation>
    </message>
    <message>
        <source>log(1 + x)</source>
        <translation>log(1 + x)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>standard (z-score)</source>
        <translation>standar (skor z)</translation>
    </message>
    <message>
        <source>min-max</source>
        <translation>min-maks</translation>
    </message>
    <message>
        <source>robust (median, IQR)</source>
        <translation>robust (median, IQR)</translation>
    </message>
    <message>
        <source>Number of segments chosen</source>
        <translation>Cara memilih jumlah segmen</translation>
    </message>
    <message>
        <source>Smallest k tried</source>
        <translation>k terkecil yang dicoba</translation>
    </message>
    <message>
        <source>Largest k tried</source>
        <translation>k terbesar yang dicoba</translation>
    </message>
    <message>
        <source>Why this k</source>
        <translation>Alasan memilih k ini</translation>
    </message>
    <message>
        <source>Cut height of the tree</source>
        <translation>Tinggi potongan pohon</translation>
    </message>
    <message>
        <source>K-Means variant</source>
        <translation>Varian K-Means</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>Inisialisasi</translation>
    </message>
    <message>
        <source>Restarts (n_init)</source>
        <translation>Pengulangan (n_init)</translation>
    </message>
    <message>
        <source>Iteration limit (max_iter)</source>
        <translation>Batas iterasi (max_iter)</translation>
    </message>
    <message>
        <source>Tolerance (tol)</source>
        <translation>Toleransi (tol)</translation>
    </message>
    <message>
        <source>Iterations of the best run</source>
        <translation>Iterasi pada putaran terbaik</translation>
    </message>
    <message>
        <source>Converged</source>
        <translation>Konvergen</translation>
    </message>
    <message>
        <source>Linkage</source>
        <translation>Linkage</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Jarak</translation>
    </message>
    <message>
        <source>Neighbourhood radius (eps)</source>
        <translation>Radius ketetanggaan (eps)</translation>
    </message>
    <message>
        <source>Minimum neighbours (min_samples)</source>
        <translation>Minimum tetangga (min_samples)</translation>
    </message>
    <message>
        <source>Core customers</source>
        <translation>Nasabah inti</translation>
    </message>
    <message>
        <source>Silhouette computation</source>
        <translation>Perhitungan silhouette</translation>
    </message>
    <message>
        <source>Exact silhouette up to (rows)</source>
        <translation>Silhouette tepat hingga (baris)</translation>
    </message>
    <message>
        <source>Silhouette sample size</source>
        <translation>Ukuran sampel silhouette</translation>
    </message>
    <message>
        <source>set by the analyst</source>
        <translation>ditetapkan oleh analis</translation>
    </message>
    <message>
        <source>by a sweep over k</source>
        <translation>lewat pemindaian k</translation>
    </message>
    <message>
        <source>by a cut height</source>
        <translation>lewat tinggi potongan</translation>
    </message>
    <message>
        <source>found by the algorithm</source>
        <translation>ditemukan oleh algoritme</translation>
    </message>
    <message>
        <source>the elbow, confirmed by the silhouette</source>
        <translation>titik siku, dikuatkan oleh silhouette</translation>
    </message>
    <message>
        <source>the best silhouette</source>
        <translation>silhouette terbaik</translation>
    </message>
    <message>
        <source>the elbow of the curve</source>
        <translation>titik siku kurva</translation>
    </message>
    <message>
        <source>Lloyd</source>
        <translation>Lloyd</translation>
    </message>
    <message>
        <source>Elkan</source>
        <translation>Elkan</translation>
    </message>
    <message>
        <source>k-means++</source>
        <translation>k-means++</translation>
    </message>
    <message>
        <source>random rows</source>
        <translation>baris acak</translation>
    </message>
    <message>
        <source>given centres</source>
        <translation>pusat yang diberikan</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>lengkap</translation>
    </message>
    <message>
        <source>average</source>
        <translation>rata-rata</translation>
    </message>
    <message>
        <source>single</source>
        <translation>tunggal</translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>berbobot</translation>
    </message>
    <message>
        <source>Euclidean</source>
        <translation>Euklides</translation>
    </message>
    <message>
        <source>Manhattan</source>
        <translation>Manhattan</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>kosinus</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>tepat</translation>
    </message>
    <message>
        <source>on a sample</source>
        <translation>pada sampel</translation>
    </message>
    <message>
        <source>automatic (exact up to the limit)</source>
        <translation>otomatis (tepat hingga batasnya)</translation>
    </message>
    <message>
        <source>%1 has the same value for every customer; it cannot separate segments.</source>
        <translation>%1 bernilai sama untuk semua nasabah; kolom ini tidak dapat memisahkan segmen.</translation>
    </message>
    <message>
        <source>%1: a category not seen in training.</source>
        <translation>%1: kategori yang tidak ada saat pelatihan.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Nama segmen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Columns in the data</source>
        <translation>Kolom dalam data</translation>
    </message>
    <message>
        <source>Customers segmented</source>
        <translation>Nasabah yang disegmentasi</translation>
    </message>
    <message>
        <source>Strongest difference</source>
        <translation>Perbedaan terkuat</translation>
    </message>
    <message>
        <source>Top offer</source>
        <translation>Penawaran teratas</translation>
    </message>
    <message>
        <source>%1 to %2 (lift %3; %4 not yet owning)</source>
        <translation>%1 kepada %2 (lift %3; %4 belum memiliki)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Segmented on</source>
        <translation>Dasar segmentasi</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Seluruh nasabah</translation>
    </message>
    <message>
        <source>ownership rate</source>
        <translation>tingkat kepemilikan</translation>
    </message>
    <message>
        <source>share</source>
        <translation>porsi</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Kepemilikan</translation>
    </message>
    <message>
        <source>Ownership, all customers</source>
        <translation>Kepemilikan, seluruh nasabah</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Metrics by k</source>
        <translation>Metrik per k</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Terpilih</translation>
    </message>
    <message>
        <source>No sweep over k was run, so there is no curve to show.</source>
        <translation>Tidak ada pemindaian k yang dijalankan, sehingga tidak ada kurva untuk ditampilkan.</translation>
    </message>
    <message>
        <source>Elbow: within-segment spread by k</source>
        <translation>Siku: sebaran dalam segmen per k</translation>
    </message>
    <message>
        <source>Mean silhouette by k</source>
        <translation>Rata-rata silhouette per k</translation>
    </message>
    <message>
        <source>a random sample</source>
        <translation>sampel acak</translation>
    </message>
    <message>
        <source>all customers (exact)</source>
        <translation>seluruh nasabah (tepat)</translation>
    </message>
    <message>
        <source>Run time (seconds)</source>
        <translation>Waktu proses (detik)</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>Demografi</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Keuangan</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Perilaku</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Pengenal</translation>
    </message>
    <message>
        <source>Standardized difference from all customers.</source>
        <translation>Selisih baku terhadap seluruh nasabah.</translation>
    </message>
    <message>
        <source>Row filters</source>
        <translation>Filter baris</translation>
    </message>
    <message>
        <source>Rows left out by the filters</source>
        <translation>Baris yang tidak lolos filter</translation>
    </message>
    <message>
        <source>Outlier rules</source>
        <translation>Aturan pencilan</translation>
    </message>
    <message>
        <source>Rows dropped as outliers</source>
        <translation>Baris yang dibuang sebagai pencilan</translation>
    </message>
    <message>
        <source>K</source>
        <translation>rb</translation>
    </message>
    <message>
        <source>M</source>
        <translation>jt</translation>
    </message>
    <message>
        <source>B</source>
        <translation>M</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>K-Medoids (FasterPAM)</source>
        <translation>K-Medoids (FasterPAM)</translation>
    </message>
    <message>
        <source>Total distance of customers to their medoid</source>
        <translation>Total jarak nasabah ke medoid segmennya</translation>
    </message>
    <message>
        <source>Gower (mixed columns)</source>
        <translation>Gower (kolom campuran)</translation>
    </message>
    <message>
        <source>BUILD (greedy)</source>
        <translation>BUILD (serakah/greedy)</translation>
    </message>
    <message>
        <source>%1 has %2 distinct ids in %3 rows: some customers appear more than once, so segment sizes count rows, not customers.</source>
        <translation>%1 memiliki %2 ID berbeda dalam %3 baris: sebagian nasabah muncul lebih dari sekali, sehingga ukuran segmen menghitung baris, bukan nasabah.</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>buang</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>batasi</translation>
    </message>
    <message>
        <source>|z| ≥ %1</source>
        <translation>|z| ≥ %1</translation>
    </message>
    <message>
        <source>outside Q1 − %1 IQR, Q3 + %1 IQR</source>
        <translation>di luar Q1 − %1 IQR, Q3 + %1 IQR</translation>
    </message>
    <message>
        <source>%1: %2, %3 (kept within %4 to %5)</source>
        <translation>%1: %2, %3 (batas %4 sampai %5)</translation>
    </message>
    <message>
        <source>Gaussian mixture (EM)</source>
        <translation>Campuran Gaussian (EM)</translation>
    </message>
    <message>
        <source>Covariance shape</source>
        <translation>Bentuk kovarians</translation>
    </message>
    <message>
        <source>Regularisation (reg_covar)</source>
        <translation>Regularisasi (reg_covar)</translation>
    </message>
    <message>
        <source>Mean log-likelihood per customer</source>
        <translation>Rata-rata log-likelihood per nasabah</translation>
    </message>
    <message>
        <source>BIC (lower is better)</source>
        <translation>BIC (makin rendah makin baik)</translation>
    </message>
    <message>
        <source>AIC (lower is better)</source>
        <translation>AIC (makin rendah makin baik)</translation>
    </message>
    <message>
        <source>a K-Means run</source>
        <translation>hasil K-Means</translation>
    </message>
    <message>
        <source>full</source>
        <translation>penuh</translation>
    </message>
    <message>
        <source>diagonal</source>
        <translation>diagonal</translation>
    </message>
    <message>
        <source>spherical</source>
        <translation>sferis</translation>
    </message>
    <message>
        <source>tied (shared)</source>
        <translation>terikat (bersama)</translation>
    </message>
    <message>
        <source>Rows per mini-batch</source>
        <translation>Baris per mini-batch</translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation>Mini-batch</translation>
    </message>
    <message>
        <source>Reduction before clustering</source>
        <translation>Reduksi sebelum pengelompokan</translation>
    </message>
    <message>
        <source>none: clustered on the prepared features</source>
        <translation>tidak ada: pengelompokan pada fitur yang telah disiapkan</translation>
    </message>
    <message>
        <source>PCA: clustered on %1 of %2 principal components, which hold %3 of the variance</source>
        <translation>PCA: pengelompokan pada %1 dari %2 komponen utama, yang memuat %3 varians</translation>
    </message>
    <message>
        <source>Components chosen</source>
        <translation>Penentuan jumlah komponen</translation>
    </message>
    <message>
        <source>set by the analyst (%1)</source>
        <translation>ditetapkan analis (%1)</translation>
    </message>
    <message>
        <source>the fewest holding more than %1 of the variance</source>
        <translation>jumlah paling sedikit yang memuat lebih dari %1 varians</translation>
    </message>
    <message>
        <source>Components whitened</source>
        <translation>Komponen dengan whitening</translation>
    </message>
    <message>
        <source>Reconstruction error (mean squared, scaled features)</source>
        <translation>Kesalahan rekonstruksi (rata-rata kuadrat, fitur terskala)</translation>
    </message>
    <message>
        <source>IDR</source>
        <translation>Rp</translation>
    </message>
</context>
<context>
    <name>gugus::ui::AboutDialog</name>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>About Gugus</source>
        <translation>Tentang Gugus</translation>
    </message>
    <message>
        <source>Customer segmentation studio: load a customer table, prepare it, explore it, segment it and read what each segment owns.</source>
        <translation>Studio segmentasi nasabah: muat tabel nasabah, siapkan, jelajahi, bagi menjadi segmen, lalu baca produk apa yang dimiliki setiap segmen.</translation>
    </message>
    <message>
        <source>Gugus is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty. The licence text is in the file LICENSE of the source and in /usr/share/common-licenses/GPL-3 on Debian.</source>
        <translation>Gugus adalah perangkat lunak bebas: Anda boleh mendistribusikan ulang dan/atau mengubahnya menurut ketentuan GNU General Public License, versi 3 atau (sesuai pilihan Anda) versi yang lebih baru (GPL-3.0-or-later). Perangkat lunak ini diberikan tanpa jaminan apa pun. Teks lisensinya ada di berkas LICENSE pada kode sumber dan di /usr/share/common-licenses/GPL-3 pada Debian.</translation>
    </message>
    <message>
        <source>This build</source>
        <translation>Build ini</translation>
    </message>
    <message>
        <source>Build type</source>
        <translation>Jenis build</translation>
    </message>
    <message>
        <source>Target CPU (-march)</source>
        <translation>CPU sasaran (-march)</translation>
    </message>
    <message>
        <source>compiler default</source>
        <translation>bawaan kompiler</translation>
    </message>
    <message>
        <source>Compiler</source>
        <translation>Kompiler</translation>
    </message>
    <message>
        <source>Parallel loops</source>
        <translation>Perulangan paralel</translation>
    </message>
    <message>
        <source>OpenMP %1</source>
        <translation>OpenMP %1</translation>
    </message>
    <message>
        <source>Sanitizers</source>
        <translation>Sanitizer</translation>
    </message>
    <message>
        <source>address and undefined behaviour</source>
        <translation>alamat memori dan perilaku tak terdefinisi</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>built with %1, running %2</source>
        <translation>dibangun dengan %1, berjalan dengan %2</translation>
    </message>
    <message>
        <source>user interface, drawing, PDF</source>
        <translation>antarmuka pengguna, penggambaran, PDF</translation>
    </message>
    <message>
        <source>interactive charts</source>
        <translation>grafik interaktif</translation>
    </message>
    <message>
        <source>linear algebra (PCA, distances)</source>
        <translation>aljabar linear (PCA, jarak)</translation>
    </message>
    <message>
        <source>Excel reports</source>
        <translation>laporan Excel</translation>
    </message>
    <message>
        <source>project, model and summary files</source>
        <translation>berkas proyek, model, dan ringkasan</translation>
    </message>
    <message>
        <source>reading numbers from CSV</source>
        <translation>pembacaan angka dari CSV</translation>
    </message>
    <message>
        <source>neighbour search (DBSCAN)</source>
        <translation>pencarian tetangga (DBSCAN)</translation>
    </message>
    <message>
        <source>parallel loops</source>
        <translation>perulangan paralel</translation>
    </message>
    <message>
        <source>text of the PDF report (installed by the system)</source>
        <translation>teks laporan PDF (dipasang oleh sistem)</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Digunakan untuk</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
</context>
<context>
    <name>gugus::ui::AutoencoderBox</name>
    <message>
        <source>Hidden layers</source>
        <translation>Lapisan tersembunyi</translation>
    </message>
    <message>
        <source>Widths of up to 3 hidden layers before the bottleneck, outermost first (e.g. 32, 16); the decoder mirrors them</source>
        <translation>Lebar hingga 3 lapisan tersembunyi sebelum bottleneck, dimulai dari yang terluar (mis. 32, 16); decoder mencerminkannya</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>Bottleneck</translation>
    </message>
    <message>
        <source>Codes the clustering works on; fewer than the scaled columns</source>
        <translation>Kode yang dipakai pengelompokan; lebih sedikit daripada kolom yang telah diskalakan</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Ukuran batch</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The same seed gives the same network</source>
        <translation>Seed acak yang sama menghasilkan jaringan yang sama</translation>
    </message>
    <message>
        <source>Training the network…</source>
        <translation>Melatih jaringan…</translation>
    </message>
    <message>
        <source>Training: epoch %1 of %2, loss %3.</source>
        <translation>Pelatihan: epoch %1 dari %2, loss %3.</translation>
    </message>
    <message>
        <source>Reconstruction error (mean squared, scaled columns): autoencoder %1, PCA with as many components %2.</source>
        <translation>Kesalahan rekonstruksi (rata-rata kuadrat, kolom terskala): autoencoder %1, PCA dengan jumlah komponen yang sama %2.</translation>
    </message>
    <message>
        <source>Segment to train the network and compare it with PCA.</source>
        <translation>Lakukan segmentasi untuk melatih jaringan dan membandingkannya dengan PCA.</translation>
    </message>
</context>
<context>
    <name>gugus::ui::ColumnDisplayEditor</name>
    <message>
        <source>Display</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label tampilan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Values are in</source>
        <translation>Nilai dalam</translation>
    </message>
    <message>
        <source>the column name</source>
        <translation>nama kolom</translation>
    </message>
    <message>
        <source>The name every view, card and report shows for this column</source>
        <translation>Nama kolom ini di setiap tampilan, kartu, dan laporan</translation>
    </message>
    <message>
        <source>A currency code (IDR, USD) marks money: amounts are shown with the currency and summed per segment in the Overview. Any other text (e.g. years) is written after the values.</source>
        <translation>Kode mata uang (IDR, USD) menandai kolom nominal uang: nilainya ditampilkan dengan mata uangnya dan dijumlahkan per segmen di Ikhtisar. Teks lain (misalnya tahun) ditulis setelah nilainya.</translation>
    </message>
    <message>
        <source>What one stored value stands for, e.g. an income kept in millions</source>
        <translation>Arti satu nilai yang tersimpan, misalnya pendapatan yang dicatat dalam jutaan</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tanpa satuan)</translation>
    </message>
    <message>
        <source>units</source>
        <translation>satuan</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>ribuan</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>jutaan</translation>
    </message>
    <message>
        <source>billions</source>
        <translation>miliaran</translation>
    </message>
    <message>
        <source>Shown as: %1</source>
        <translation>Ditampilkan sebagai: %1</translation>
    </message>
    <message>
        <source>Shown as: %1, e.g. mean %2</source>
        <translation>Ditampilkan sebagai: %1, misalnya rata-rata %2</translation>
    </message>
    <message>
        <source>Save labels beside the data</source>
        <translation>Simpan label di samping data</translation>
    </message>
    <message>
        <source>Writes the labels, units and scales of every column to %1, which is read the next time %2 is opened (here and in gugus-cli --display).</source>
        <translation>Menulis label, satuan, dan skala nilai setiap kolom ke %1, yang dibaca lagi saat %2 dibuka (di sini dan di gugus-cli --display).</translation>
    </message>
</context>
<context>
    <name>gugus::ui::ColumnListModel</name>
    <message>
        <source>%L1 (%2)</source>
        <translation>%L1 (%2)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Kosong</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>Simpangan baku</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Maks</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Nilai unik</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>column label (unit)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label tampilan</translation>
    </message>
</context>
<context>
    <name>gugus::ui::CompareController</name>
    <message>
        <source>Comparing segmentations</source>
        <translation>Membandingkan segmentasi</translation>
    </message>
</context>
<context>
    <name>gugus::ui::CompareView</name>
    <message>
        <source>Compare two segmentations of the same customers, e.g. segments built on demographics with segments built on products: pin one, change the perspective or algorithm, segment again, and read how the segments map onto each other.</source>
        <translation>Bandingkan dua segmentasi atas nasabah yang sama, misalnya segmen berdasarkan demografi dengan segmen berdasarkan produk: sematkan satu, ubah perspektif atau algoritmenya, jalankan segmentasi lagi, lalu baca bagaimana segmen-segmen itu saling berpadanan.</translation>
    </message>
    <message>
        <source>Pin the current segmentation for comparison</source>
        <translation>Sematkan segmentasi saat ini untuk dibandingkan</translation>
    </message>
    <message>
        <source>Pinned. Now segment again to compare.</source>
        <translation>Sudah disematkan. Sekarang jalankan segmentasi lagi untuk membandingkan.</translation>
    </message>
    <message>
        <source>Nothing pinned yet.</source>
        <translation>Belum ada yang disematkan.</translation>
    </message>
    <message>
        <source>Rows: pinned segmentation (k = %1, clustered on %2). Columns: current segmentation (k = %3, clustered on %4). %L5 customers in both; adjusted Rand index %6 (1 = the same segments, 0 = no more alike than chance).</source>
        <translation>Baris: segmentasi yang disematkan (k = %1, dikelompokkan menurut %2). Kolom: segmentasi saat ini (k = %3, dikelompokkan menurut %4). %L5 nasabah ada di keduanya; indeks Rand yang disesuaikan %6 (1 = segmen sama persis, 0 = tidak lebih mirip daripada kebetulan).</translation>
    </message>
    <message>
        <source>Comparing the pinned segmentation with the current one…</source>
        <translation>Membandingkan segmentasi yang disematkan dengan segmentasi saat ini…</translation>
    </message>
</context>
<context>
    <name>gugus::ui::ComponentsView</name>
    <message>
        <source>The segments were found on %1 principal components of the %2 scaled columns: they keep %3 of the variance, and rebuilding the columns from them leaves a mean squared error of %4 (scaled units)%5. Silhouette and the other quality scores are measured on the components; profiles, cards and offers describe the original columns.</source>
        <translation>Segmen dibentuk pada %1 komponen utama dari %2 kolom yang telah diskalakan: komponen tersebut mempertahankan %3 dari varians, dan menyusun kembali kolom dari komponen tersebut menyisakan rata-rata kesalahan kuadrat %4 (satuan terskala)%5. Silhouette dan skor kualitas lainnya diukur pada komponen; profil, kartu, dan penawaran menjelaskan kolom aslinya.</translation>
    </message>
    <message>
        <source>, whitened</source>
        <translation>, dengan whitening</translation>
    </message>
    <message>
        <source>Explained variance per component, and the cut</source>
        <translation>Varians yang dijelaskan per komponen, dan batas potongnya</translation>
    </message>
    <message>
        <source>PC%1 (%2)</source>
        <translation>KU%1 (%2)</translation>
    </message>
    <message>
        <source>Loadings: each column&apos;s weight in a component times the component&apos;s standard deviation. Large values (strong colour) are the columns that drive the component; blue positive, orange negative.</source>
        <translation>Loading: bobot setiap kolom dalam suatu komponen dikalikan simpangan baku komponen tersebut. Nilai besar (warna kuat) adalah kolom yang paling menentukan komponen; biru positif, oranye negatif.</translation>
    </message>
    <message>
        <source>The segments were found on the %1 codes of an autoencoder (%2, mirrored back to the columns) trained for %3 epochs. Rebuilding the scaled columns from the codes leaves a mean squared error of %4; PCA with %1 components leaves %5, so the network %6. Silhouette and the other quality scores are measured on the codes; profiles, cards and offers describe the original columns.</source>
        <translation>Segmen dibentuk pada %1 kode dari sebuah autoencoder (%2, dicerminkan kembali ke kolom) yang dilatih selama %3 epoch. Menyusun kembali kolom terskala dari kode tersebut menyisakan rata-rata kesalahan kuadrat %4; PCA dengan %1 komponen menyisakan %5, sehingga jaringan %6. Silhouette dan skor kualitas lainnya diukur pada kode; profil, kartu, dan penawaran menjelaskan kolom aslinya.</translation>
    </message>
    <message>
        <source>rebuilds the columns better than PCA</source>
        <translation>menyusun kembali kolom lebih baik daripada PCA</translation>
    </message>
    <message>
        <source>does not beat PCA here</source>
        <translation>tidak mengungguli PCA di sini</translation>
    </message>
    <message>
        <source>Training loss per epoch, and PCA&apos;s error</source>
        <translation>Loss pelatihan per epoch, dan kesalahan PCA</translation>
    </message>
</context>
<context>
    <name>gugus::ui::CustomerForm</name>
    <message>
        <source>training range %1 – %2</source>
        <translation>rentang data pelatihan %1 – %2</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>owns it</source>
        <translation>memilikinya</translation>
    </message>
    <message>
        <source>does not own it</source>
        <translation>tidak memilikinya</translation>
    </message>
    <message>
        <source>%1, read by the model&apos;s row rules</source>
        <translation>%1, dibaca oleh aturan baris model</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>sebuah angka</translation>
    </message>
    <message>
        <source>read by the model&apos;s row rules</source>
        <translation>dibaca oleh aturan baris model</translation>
    </message>
    <message>
        <source>e.g. %1; empty = missing</source>
        <translation>mis. %1; kosong = nilai kosong</translation>
    </message>
    <message>
        <source>empty = missing</source>
        <translation>kosong = nilai kosong</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount (for example %3).</source>
        <translation>%1: &quot;%2&quot; bukan nominal (contohnya %3).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: &quot;%2&quot; bukan angka.</translation>
    </message>
</context>
<context>
    <name>gugus::ui::CustomerScoreDialog</name>
    <message>
        <source>Choose a segmentation model</source>
        <translation>Pilih model segmentasi</translation>
    </message>
    <message>
        <source>Gugus models (*.json)</source>
        <translation>Model Gugus (*.json)</translation>
    </message>
    <message>
        <source>Score one customer</source>
        <translation>Beri segmen satu nasabah</translation>
    </message>
    <message>
        <source>The current segmentation</source>
        <translation>Segmentasi saat ini</translation>
    </message>
    <message>
        <source>A model file</source>
        <translation>Berkas model</translation>
    </message>
    <message>
        <source>a model saved with Segments ▸ Save segmentation model</source>
        <translation>model yang disimpan lewat Segmen ▸ Simpan model segmentasi</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Muat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Beri segmen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Choose the model file first.</source>
        <translation>Pilih berkas model terlebih dahulu.</translation>
    </message>
    <message numerus="yes">
        <source>The current segmentation: %n segments.</source>
        <translation>
            <numerusform>Segmentasi saat ini: %n segmen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Model %1: %n segments, trained on %L2 customers.</source>
        <translation>
            <numerusform>Model %1: %n segmen, dilatih pada %L2 nasabah.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a model: its form appears here.</source>
        <translation>Pilih model: formulirnya muncul di sini.</translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>Pilih model terlebih dahulu.</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segmen %1</translation>
    </message>
    <message>
        <source>Segment %1: %2</source>
        <translation>Segmen %1: %2</translation>
    </message>
    <message>
        <source>No segment: atypical, no core customer within eps.</source>
        <translation>Tanpa segmen: atipikal, tidak ada nasabah inti dalam jarak eps.</translation>
    </message>
    <message>
        <source>No segment: this customer cannot be scored (see the notes).</source>
        <translation>Tanpa segmen: nasabah ini tidak dapat diberi segmen (lihat catatan).</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilitas</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Jarak</translation>
    </message>
    <message>
        <source>Notes: none.</source>
        <translation>Catatan: tidak ada.</translation>
    </message>
    <message>
        <source>Notes: %1.</source>
        <translation>Catatan: %1.</translation>
    </message>
    <message>
        <source>No distances: the customer could not be prepared for the model.</source>
        <translation>Tanpa jarak: data nasabah tidak dapat disiapkan untuk model.</translation>
    </message>
    <message>
        <source>Membership probability of each segment (Gaussian mixture): the customer belongs to the most probable one.</source>
        <translation>Probabilitas keanggotaan tiap segmen (campuran Gaussian): nasabah masuk ke segmen yang paling mungkin.</translation>
    </message>
    <message>
        <source>Distance to the nearest core customer of each segment (DBSCAN): a customer farther than eps = %1 from all of them is atypical.</source>
        <translation>Jarak ke nasabah inti terdekat dari tiap segmen (DBSCAN): nasabah yang berjarak lebih dari eps = %1 dari semuanya tergolong atipikal.</translation>
    </message>
    <message>
        <source>over the scaled features</source>
        <translation>pada fitur terskala</translation>
    </message>
    <message>
        <source>Gower&apos;s distance over the raw columns</source>
        <translation>Jarak Gower pada kolom mentah</translation>
    </message>
    <message>
        <source>over the model&apos;s principal components</source>
        <translation>pada komponen utama model</translation>
    </message>
    <message>
        <source>Manhattan distance %1</source>
        <translation>Jarak Manhattan %1</translation>
    </message>
    <message>
        <source>Euclidean distance %1</source>
        <translation>Jarak Euclidean %1</translation>
    </message>
    <message>
        <source>%1 to each segment: the customer belongs to the nearest.</source>
        <translation>%1 ke tiap segmen: nasabah masuk ke segmen terdekat.</translation>
    </message>
    <message>
        <source>Offers:</source>
        <translation>Penawaran:</translation>
    </message>
    <message>
        <source>this model holds no product ownership data (its training data had no 0/1 product column, or it was saved by an older version of Gugus), so no product can be offered.</source>
        <translation>model ini tidak memuat data kepemilikan produk (data pelatihannya tidak punya kolom produk 0/1, atau model disimpan oleh versi Gugus yang lebih lama), jadi tidak ada produk yang dapat ditawarkan.</translation>
    </message>
    <message>
        <source>none, the customer has no segment.</source>
        <translation>tidak ada, nasabah tidak memiliki segmen.</translation>
    </message>
    <message>
        <source>%1: owned by %2 of the segment</source>
        <translation>%1: dimiliki %2 anggota segmen</translation>
    </message>
    <message>
        <source>%1× the average</source>
        <translation>%1× rata-rata</translation>
    </message>
    <message>
        <source>(ownership not given)</source>
        <translation>(kepemilikan tidak diisi)</translation>
    </message>
    <message>
        <source>Already owns: %1.</source>
        <translation>Sudah memiliki: %1.</translation>
    </message>
    <message>
        <source>none: the customer already owns every product that at least %1 of the segment own.</source>
        <translation>tidak ada: nasabah sudah memiliki setiap produk yang dimiliki sedikitnya %1 anggota segmen.</translation>
    </message>
    <message>
        <source>(suggested name)</source>
        <translation>(nama saran)</translation>
    </message>
    <message>
        <source>Suggested name (not kept yet in the Overview)</source>
        <translation>Nama saran (belum dipakai di Ikhtisar)</translation>
    </message>
    <message>
        <source>Products owned by at least %1 of the segment, as set in the Offers view.</source>
        <translation>Produk yang dimiliki sedikitnya %1 anggota segmen, sesuai pengaturan di tampilan Penawaran.</translation>
    </message>
    <message>
        <source>Products owned by at least %1 of the segment: the default, as no analysis is open and a model file keeps no offer setting.</source>
        <translation>Produk yang dimiliki sedikitnya %1 anggota segmen: nilai bawaan, karena tidak ada analisis yang terbuka dan berkas model tidak menyimpan pengaturan penawaran.</translation>
    </message>
</context>
<context>
    <name>gugus::ui::DataTableModel</name>
    <message>
        <source>(not segmented)</source>
        <translation>(tidak disegmentasi)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>%1
(%L2 characters in all)</source>
        <translation>%1
(seluruhnya %L2 karakter)</translation>
    </message>
    <message>
        <source>%1
Column %2 in the file</source>
        <translation>%1
Kolom %2 di berkas data</translation>
    </message>
</context>
<context>
    <name>gugus::ui::DatabaseController</name>
    <message>
        <source>Testing the connection to %1</source>
        <translation>Menguji koneksi ke %1</translation>
    </message>
    <message>
        <source>Previewing the query on %1</source>
        <translation>Menampilkan pratinjau kueri pada %1</translation>
    </message>
</context>
<context>
    <name>gugus::ui::DatabaseDialog</name>
    <message>
        <source>Connected. The database reports: %1</source>
        <translation>Terhubung. Basis data melaporkan: %1</translation>
    </message>
    <message>
        <source>The first %L1 rows of the result (%L2 columns); Load reads all of them.</source>
        <translation>%L1 baris pertama hasil kueri (%L2 kolom); Muat membaca semuanya.</translation>
    </message>
    <message>
        <source>Open from database</source>
        <translation>Buka dari basis data</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Server PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Berkas SQLite</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nama basis data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Enkripsi (TLS)</translation>
    </message>
    <message>
        <source>localhost, an address, or a socket folder</source>
        <translation>localhost, alamat, atau folder soket</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>nama login Anda</translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation>Bawaan (prefer)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Query (SQL)</source>
        <translation>Kueri (SQL)</translation>
    </message>
    <message>
        <source>SELECT * FROM customers</source>
        <translation>SELECT * FROM customers</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Use this query</source>
        <translation>Gunakan kueri ini</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Muat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Recent queries</source>
        <translation>Kueri terakhir</translation>
    </message>
    <message>
        <source>The last %1 queries loaded</source>
        <translation>%1 kueri terakhir yang dimuat</translation>
    </message>
    <message>
        <source>Choose a SQLite database</source>
        <translation>Pilih basis data SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Basis data SQLite (*.db *.sqlite *.sqlite3);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Choose the SQLite file first.</source>
        <translation>Pilih berkas SQLite terlebih dahulu.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Port harus berupa angka antara 1 dan 65535.</translation>
    </message>
    <message>
        <source>Write the query first, for example SELECT * FROM customers.</source>
        <translation>Tulis kuerinya terlebih dahulu, misalnya SELECT * FROM customers.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Dihentikan.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>Running the query for a preview…</source>
        <translation>Menjalankan kueri untuk pratinjau…</translation>
    </message>
    <message>
        <source>Running the query…</source>
        <translation>Menjalankan kueri…</translation>
    </message>
</context>
<context>
    <name>gugus::ui::DatasetView</name>
    <message>
        <source>Column settings</source>
        <translation>Pengaturan kolom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Nilai kosong</translation>
    </message>
    <message>
        <source>Fill value</source>
        <translation>Nilai pengisi</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Pengodean</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformasi</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Penskalaan</translation>
    </message>
    <message>
        <source>Feature: used to build the segments. Profile only: described per segment but not clustered on. Identifier: names the customer.</source>
        <translation>Fitur: dipakai untuk membentuk segmen. Hanya profil: dijelaskan per segmen tetapi tidak ikut dikelompokkan. Pengenal: identitas nasabah.</translation>
    </message>
    <message>
        <source>Show selected rows only</source>
        <translation>Tampilkan hanya baris terpilih</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Ubah jenis</translation>
    </message>
    <message>
        <source>Select exactly one column to change its type.</source>
        <translation>Pilih tepat satu kolom untuk mengubah jenisnya.</translation>
    </message>
    <message>
        <source>Cannot change the type</source>
        <translation>Jenis tidak dapat diubah</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Jenis diubah</translation>
    </message>
    <message>
        <source>%L1 values of %2 are not numbers and are now missing.</source>
        <translation>%L1 nilai di %2 bukan angka dan kini dianggap kosong.</translation>
    </message>
    <message>
        <source>Select one or more columns to change how they are used.</source>
        <translation>Pilih satu atau beberapa kolom untuk mengubah cara pemakaiannya.</translation>
    </message>
    <message>
        <source>%1 columns selected: changes apply to all of them.</source>
        <translation>%1 kolom terpilih: perubahan berlaku untuk semuanya.</translation>
    </message>
    <message>
        <source>%L1 values, %L2 missing, %L3 distinct</source>
        <translation>%L1 nilai, %L2 kosong, %L3 nilai unik</translation>
    </message>
    <message>
        <source>mean %1, std. dev. %2&lt;br&gt;min %3, Q1 %4, median %5, Q3 %6, max %7</source>
        <translation>rata-rata %1, simpangan baku %2&lt;br&gt;min %3, K1 %4, median %5, K3 %6, maks %7</translation>
    </message>
    <message>
        <source>%L1 infinite values (left out of the statistics)</source>
        <translation>%L1 nilai tak hingga (tidak dihitung dalam statistik)</translation>
    </message>
    <message>
        <source>Few whole-number values: consider the type Categorical.</source>
        <translation>Hanya sedikit nilai bilangan bulat: pertimbangkan jenis Kategorikal.</translation>
    </message>
    <message>
        <source>Most frequent: %1</source>
        <translation>Paling sering: %1</translation>
    </message>
    <message>
        <source>%L1 rows × %L2 columns. Select customers on the map (Segments view) to highlight them here.</source>
        <translation>%L1 baris × %L2 kolom. Pilih nasabah di peta (tampilan Segmen) untuk menandainya di sini.</translation>
    </message>
    <message>
        <source>%L1 rows selected on the customer map (highlighted).</source>
        <translation>%L1 baris dipilih di peta nasabah (ditandai).</translation>
    </message>
    <message>
        <source>%1 has %L2 distinct ids in %L3 rows: some customers appear more than once.</source>
        <translation>%1 memiliki %L2 ID berbeda dalam %L3 baris: sebagian nasabah muncul lebih dari sekali.</translation>
    </message>
    <message>
        <source>The file is %1 text: it was read as UTF-8, and files saved from it are UTF-8.</source>
        <translation>Berkas ini berupa teks %1: dibaca sebagai UTF-8, dan berkas yang disimpan darinya berformat UTF-8.</translation>
    </message>
    <message>
        <source>Only the first %L1 rows of the file were read (the import&apos;s row limit).</source>
        <translation>Hanya %L1 baris pertama dari berkas yang dibaca (batas baris impor).</translation>
    </message>
</context>
<context>
    <name>gugus::ui::DbPasswords</name>
    <message>
        <source>The database %1 needs a password to connect. None was given, so nothing was read from it.</source>
        <translation>Basis data %1 memerlukan kata sandi untuk tersambung. Kata sandi tidak diberikan, jadi tidak ada yang dibaca darinya.</translation>
    </message>
</context>
<context>
    <name>gugus::ui::DendrogramChart</name>
    <message>
        <source>Choose the Hierarchical algorithm and segment to see the tree.</source>
        <translation>Pilih algoritme Hierarki lalu jalankan segmentasi untuk melihat pohonnya.</translation>
    </message>
    <message>
        <source>Groups of customers (size) under the top %1 merges</source>
        <translation>Kelompok nasabah (ukuran) di bawah %1 penggabungan teratas</translation>
    </message>
    <message>
        <source>Merge height (%1 linkage)</source>
        <translation>Tinggi penggabungan (linkage %1)</translation>
    </message>
    <message>
        <source>Hierarchical tree of %L1 customers: top %2 merges. Drag the red line to cut it into another number of segments.</source>
        <translation>Pohon hierarki %L1 nasabah: %2 penggabungan teratas. Geser garis merah untuk memotongnya menjadi jumlah segmen lain.</translation>
    </message>
    <message>
        <source>cut: %1 segments</source>
        <translation>potongan: %1 segmen</translation>
    </message>
</context>
<context>
    <name>gugus::ui::Document</name>
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
    <message>
        <source>query on %1</source>
        <translation>kueri pada %1</translation>
    </message>
</context>
<context>
    <name>gugus::ui::DocumentController</name>
    <message>
        <source>Loading %1</source>
        <translation>Memuat %1</translation>
    </message>
    <message>
        <source>Reading the project</source>
        <translation>Membaca proyek</translation>
    </message>
    <message>
        <source>Loading the data</source>
        <translation>Memuat data</translation>
    </message>
    <message>
        <source>Segmenting</source>
        <translation>Menyegmentasi</translation>
    </message>
    <message>
        <source>Converting %1</source>
        <translation>Mengonversi %1</translation>
    </message>
    <message>
        <source>Counting rows</source>
        <translation>Menghitung baris</translation>
    </message>
    <message>
        <source>Running the query on %1</source>
        <translation>Menjalankan kueri pada %1</translation>
    </message>
</context>
<context>
    <name>gugus::ui::ExploreController</name>
    <message>
        <source>Drawing charts</source>
        <translation>Menggambar grafik</translation>
    </message>
</context>
<context>
    <name>gugus::ui::ExploreView</name>
    <message>
        <source>%1 × %2: r = %3</source>
        <translation>%1 × %2: r = %3</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Histogram bins</source>
        <translation>Kelas histogram</translation>
    </message>
    <message>
        <source>Number of bins</source>
        <translation>Jumlah kelas</translation>
    </message>
    <message>
        <source>Box plots by</source>
        <translation>Diagram kotak per</translation>
    </message>
    <message>
        <source>Category chart</source>
        <translation>Grafik kategori</translation>
    </message>
    <message>
        <source>Average by</source>
        <translation>Rata-rata per</translation>
    </message>
    <message>
        <source>Band width</source>
        <translation>Lebar rentang</translation>
    </message>
    <message>
        <source>Sturges</source>
        <translation>Sturges</translation>
    </message>
    <message>
        <source>Scott</source>
        <translation>Scott</translation>
    </message>
    <message>
        <source>Freedman–Diaconis</source>
        <translation>Freedman–Diaconis</translation>
    </message>
    <message>
        <source>Square root</source>
        <translation>Akar kuadrat</translation>
    </message>
    <message>
        <source>Fixed number</source>
        <translation>Jumlah tetap</translation>
    </message>
    <message>
        <source>Width of the bands a numeric grouping column is cut into, e.g. 10 years of age</source>
        <translation>Lebar rentang untuk membagi kolom pengelompok numerik, misalnya 10 tahun usia</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogram</translation>
    </message>
    <message>
        <source>Box plots</source>
        <translation>Diagram kotak</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Correlations</source>
        <translation>Korelasi</translation>
    </message>
    <message>
        <source>Average by group</source>
        <translation>Rata-rata per kelompok</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>(no split)</source>
        <translation>(tanpa pemisahan)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Choose a numeric measure.</source>
        <translation>Pilih ukuran numerik.</translation>
    </message>
    <message>
        <source>%1 has no values to draw.</source>
        <translation>%1 tidak memiliki nilai untuk digambar.</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>rata-rata %1</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>median %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Nasabah</translation>
    </message>
    <message>
        <source>Distribution of %1 (%2 bins)</source>
        <translation>Sebaran %1 (%2 kelas)</translation>
    </message>
    <message>
        <source>%L1 missing values left out</source>
        <translation>%L1 nilai kosong tidak dihitung</translation>
    </message>
    <message>
        <source>%1 by %2 (points: beyond 1.5 × IQR)</source>
        <translation>%1 per %2 (titik: di luar 1,5 × IQR)</translation>
    </message>
    <message>
        <source>%1 (points: beyond 1.5 × IQR)</source>
        <translation>%1 (titik: di luar 1,5 × IQR)</translation>
    </message>
    <message>
        <source>Choose a categorical column.</source>
        <translation>Pilih kolom kategorikal.</translation>
    </message>
    <message>
        <source>Customers by %1</source>
        <translation>Nasabah per %1</translation>
    </message>
    <message>
        <source>%L1 missing</source>
        <translation>%L1 kosong</translation>
    </message>
    <message>
        <source>At least two numeric columns are needed for correlations.</source>
        <translation>Korelasi memerlukan sedikitnya dua kolom numerik.</translation>
    </message>
    <message>
        <source>Pearson correlation</source>
        <translation>Korelasi Pearson</translation>
    </message>
    <message>
        <source>Correlations between numeric columns (hover a cell for its value)</source>
        <translation>Korelasi antarkolom numerik (arahkan kursor ke sel untuk melihat nilainya)</translation>
    </message>
    <message>
        <source>Choose a measure and a grouping column.</source>
        <translation>Pilih ukuran dan kolom pengelompok.</translation>
    </message>
    <message>
        <source>Average %1</source>
        <translation>Rata-rata %1</translation>
    </message>
    <message>
        <source>Average %1 by %2</source>
        <translation>Rata-rata %1 per %2</translation>
    </message>
    <message>
        <source>%L1 rows with missing values left out</source>
        <translation>%L1 baris dengan nilai kosong tidak dihitung</translation>
    </message>
    <message>
        <source>Drawing the charts of the new data…</source>
        <translation>Menggambar grafik data baru…</translation>
    </message>
</context>
<context>
    <name>gugus::ui::ExportReportDialog</name>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <source>Customer segments (default title)</source>
        <translation>Segmen nasabah (judul bawaan)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Penyusun</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Bahasa laporan</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Ringkasan eksekutif</translation>
    </message>
    <message>
        <source>Segment sizes</source>
        <translation>Ukuran segmen</translation>
    </message>
    <message>
        <source>Profile heatmap</source>
        <translation>Peta panas profil</translation>
    </message>
    <message>
        <source>One page per segment</source>
        <translation>Satu halaman per segmen</translation>
    </message>
    <message>
        <source>Customer map</source>
        <translation>Peta nasabah</translation>
    </message>
    <message>
        <source>How the number of segments was chosen</source>
        <translation>Cara jumlah segmen dipilih</translation>
    </message>
    <message>
        <source>Method appendix</source>
        <translation>Lampiran metode</translation>
    </message>
    <message>
        <source>Member list (Excel only)</source>
        <translation>Daftar anggota (hanya Excel)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Press Preview to see the pages.</source>
        <translation>Tekan Pratinjau untuk melihat halaman.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Menyiapkan pratinjau…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Halaman web (*.html)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>gugus::ui::FileSaver</name>
    <message>
        <source>Saving %1</source>
        <translation>Menyimpan %1</translation>
    </message>
</context>
<context>
    <name>gugus::ui::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Impor %1</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Deteksi otomatis</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Koma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Titik koma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Garis tegak ( | )</translation>
    </message>
    <message>
        <source>Point (1.5)</source>
        <translation>Titik (1.5)</translation>
    </message>
    <message>
        <source>Comma (1,5)</source>
        <translation>Koma (1,5)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 / Latin-1</source>
        <translation>Windows-1252 / Latin-1</translation>
    </message>
    <message>
        <source>First row holds the column names</source>
        <translation>Baris pertama berisi nama kolom</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Pemisah</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Pemisah desimal</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Pengodean teks</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Preview of the first %1 rows: %2 columns, delimiter %3, decimal separator &apos;%4&apos;%5.</source>
        <translation>Pratinjau %1 baris pertama: %2 kolom, pemisah %3, pemisah desimal &apos;%4&apos;%5.</translation>
    </message>
    <message>
        <source>, read as Windows-1252</source>
        <translation>, dibaca sebagai Windows-1252</translation>
    </message>
    <message>
        <source>These settings cannot read the file: %1</source>
        <translation>Berkas tidak dapat dibaca dengan pengaturan ini: %1</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>Reading the workbook…</source>
        <translation>Membaca buku kerja…</translation>
    </message>
    <message>
        <source>Reading the workbook</source>
        <translation>Membaca buku kerja</translation>
    </message>
    <message>
        <source>The workbook has no sheet of cells.</source>
        <translation>Buku kerja tidak memiliki lembar berisi sel.</translation>
    </message>
    <message>
        <source>Reading sheet %1…</source>
        <translation>Membaca lembar %1…</translation>
    </message>
    <message>
        <source>Preview of the first %1 rows of sheet %2: %3 columns. Dates are read as text (2024-01-31).</source>
        <translation>Pratinjau %1 baris pertama lembar %2: %3 kolom. Tanggal dibaca sebagai teks (2024-01-31).</translation>
    </message>
    <message>
        <source>The workbook cannot be read: %1</source>
        <translation>Buku kerja tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>, %1 text read as UTF-8</source>
        <translation>, teks %1 dibaca sebagai UTF-8</translation>
    </message>
    <message>
        <source>Read only the first</source>
        <translation>Baca hanya</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> baris pertama</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Membaca %1</translation>
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
    <message>
        <source>%L1 rows received</source>
        <translation>%L1 baris diterima</translation>
    </message>
    <message>
        <source>Writing the table</source>
        <translation>Menulis tabel</translation>
    </message>
    <message>
        <source>Reading the workbook</source>
        <translation>Membaca buku kerja</translation>
    </message>
    <message>
        <source>Training the autoencoder</source>
        <translation>Melatih autoencoder</translation>
    </message>
    <message>
        <source>Testing each customer&apos;s place on the map</source>
        <translation>Memeriksa letak setiap nasabah di peta</translation>
    </message>
</context>
<context>
    <name>gugus::ui::JobStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stop the running job</source>
        <translation>Hentikan pekerjaan yang sedang berjalan</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: selesai.</translation>
    </message>
</context>
<context>
    <name>gugus::ui::KDistanceChart</name>
    <message>
        <source>Choose DBSCAN and press “Suggest eps” to see the k-distance curve.</source>
        <translation>Pilih DBSCAN lalu tekan “Sarankan eps” untuk melihat kurva jarak-k.</translation>
    </message>
    <message>
        <source>Knee: suggested eps %1</source>
        <translation>Titik siku: eps yang disarankan %1</translation>
    </message>
    <message>
        <source>Customers, sorted by that distance (%)</source>
        <translation>Nasabah, diurutkan menurut jarak tersebut (%)</translation>
    </message>
    <message>
        <source>k-distance curve of all %L1 customers (min samples %2). Drag the red line to choose eps.</source>
        <translation>Kurva jarak-k untuk seluruh %L1 nasabah (tetangga minimum %2). Geser garis merah untuk memilih eps.</translation>
    </message>
    <message>
        <source>eps = %1: %2 of customers are core (%L3)</source>
        <translation>eps = %1: %2 nasabah menjadi inti (%L3)</translation>
    </message>
    <message>
        <source>k-distance (k = %1)</source>
        <translation>jarak-k (k = %1)</translation>
    </message>
    <message>
        <source>Distance to the k-th nearest customer (k = %1)</source>
        <translation>Jarak ke nasabah terdekat ke-k (k = %1)</translation>
    </message>
</context>
<context>
    <name>gugus::ui::MainMenus</name>
    <message>
        <source>Open project</source>
        <translation>Buka proyek</translation>
    </message>
    <message>
        <source>Gugus projects (*.gugus)</source>
        <translation>Proyek Gugus (*.gugus)</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Simpan proyek</translation>
    </message>
    <message>
        <source>Save segmentation model</source>
        <translation>Simpan model segmentasi</translation>
    </message>
    <message>
        <source>Gugus models (*.json)</source>
        <translation>Model Gugus (*.json)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
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
        <source>Open &amp;project…</source>
        <translation>Buka &amp;proyek…</translation>
    </message>
    <message>
        <source>Save pro&amp;ject…</source>
        <translation>Simpan pro&amp;yek…</translation>
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
        <source>Se&amp;gments</source>
        <translation>Se&amp;gmen</translation>
    </message>
    <message>
        <source>Save segmentation &amp;model…</source>
        <translation>Simpan &amp;model segmentasi…</translation>
    </message>
    <message>
        <source>&amp;Score new customers with a model…</source>
        <translation>&amp;Beri segmen nasabah baru dengan model…</translation>
    </message>
    <message>
        <source>Export model as S&amp;QL…</source>
        <translation>Ekspor model sebagai S&amp;QL…</translation>
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
        <source>Open customer table</source>
        <translation>Buka tabel nasabah</translation>
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
        <source>Save segment summary</source>
        <translation>Simpan ringkasan segmen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Berkas JSON (*.json)</translation>
    </message>
    <message>
        <source>Export model as SQL</source>
        <translation>Ekspor model sebagai SQL</translation>
    </message>
    <message>
        <source>Name of the database table that holds the customers:</source>
        <translation>Nama tabel basis data yang berisi data nasabah:</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>Berkas SQL (*.sql)</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF, HTML, Excel)…</source>
        <translation>Ekspor &amp;laporan (PDF, HTML, Excel)…</translation>
    </message>
    <message>
        <source>Open from &amp;database…</source>
        <translation>Buka dari basis &amp;data…</translation>
    </message>
    <message>
        <source>&amp;Open data (CSV, Excel)…</source>
        <translation>B&amp;uka data (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Customer tables (*.csv *.tsv *.txt *.xlsx *.xlsm);;CSV files (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Tabel nasabah (*.csv *.tsv *.txt *.xlsx *.xlsm);;Berkas CSV (*.csv *.tsv *.txt);;Buku kerja Excel (*.xlsx *.xlsm);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Score &amp;one customer…</source>
        <translation>Beri segmen &amp;satu nasabah…</translation>
    </message>
</context>
<context>
    <name>gugus::ui::MainWindow</name>
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
        <source>Gugus — %1</source>
        <translation>Gugus — %1</translation>
    </message>
    <message>
        <source>Gugus</source>
        <translation>Gugus</translation>
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
        <source>Saved %1.</source>
        <translation>%1 tersimpan.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
    <message>
        <source>Scoring finished</source>
        <translation>Pemberian segmen selesai</translation>
    </message>
    <message>
        <source>Scoring failed</source>
        <translation>Pemberian segmen gagal</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Proyek tidak dapat dibuka</translation>
    </message>
    <message>
        <source>The data has changed</source>
        <translation>Datanya sudah berubah</translation>
    </message>
    <message>
        <source>%1 is not the same data as when the project was saved; the segments may differ.</source>
        <translation>%1 bukan data yang sama seperti saat proyek disimpan; segmennya bisa berbeda.</translation>
    </message>
    <message>
        <source>Segmented %L1 customers into %2 segments.</source>
        <translation>%L1 nasabah dibagi menjadi %2 segmen.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>The database %1 asks for the password of %2.
It is kept only until Gugus closes and never saved.</source>
        <translation>Basis data %1 meminta kata sandi untuk %2.
Kata sandi hanya disimpan di memori sampai Gugus ditutup dan tidak pernah disimpan ke berkas.</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>login Anda</translation>
    </message>
    <message>
        <source>The query&apos;s result has changed</source>
        <translation>Hasil kueri sudah berubah</translation>
    </message>
    <message>
        <source>The query on %1 gives other data than when the project was saved (%L2 rows then, %L3 now, or other values); the segments may differ.</source>
        <translation>Kueri pada %1 menghasilkan data yang berbeda dibandingkan saat proyek disimpan (%L2 baris saat itu, %L3 sekarang, atau nilainya berubah); segmennya bisa berbeda.</translation>
    </message>
    <message>
        <source>Column labels not loaded</source>
        <translation>Label kolom tidak dimuat</translation>
    </message>
    <message>
        <source>The labels and units in %1 were not used: %2. The data opened with its column names.</source>
        <translation>Label dan satuan di %1 tidak dipakai: %2. Data dibuka dengan nama kolom aslinya.</translation>
    </message>
    <message>
        <source>No customers inside the selection on the map.</source>
        <translation>Tidak ada nasabah di dalam pilihan di peta.</translation>
    </message>
    <message>
        <source>Customers selected on the map: %L1.</source>
        <translation>Nasabah yang dipilih di peta: %L1.</translation>
    </message>
</context>
<context>
    <name>gugus::ui::MiniBatchOffer</name>
    <message>
        <source>This table has %1 customers. Mini-batch K-Means learns the centres from random batches of customers instead of passing over all of them again and again: many times faster at this size, with segments close to, but not the same as, full K-Means. Every customer still gets a segment.</source>
        <translation>Tabel ini berisi %1 nasabah. K-Means mini-batch mempelajari pusat segmen dari kelompok nasabah yang diambil secara acak, alih-alih menelusuri seluruh nasabah berulang kali: jauh lebih cepat pada ukuran ini, dengan segmen yang mendekati, tetapi tidak sama persis dengan, K-Means penuh. Setiap nasabah tetap mendapat segmen.</translation>
    </message>
    <message>
        <source>Use mini-batch K-Means</source>
        <translation>Gunakan K-Means mini-batch</translation>
    </message>
    <message>
        <source>With mini-batch, the restarts are compared on a sample and the iteration limit counts passes over the customers; the fit stops when the smoothed error stops falling.</source>
        <translation>Dengan mini-batch, pengulangan dibandingkan pada sampel dan batas iterasi menghitung berapa kali seluruh nasabah ditelusuri; proses berhenti saat galat yang dihaluskan tidak lagi turun.</translation>
    </message>
    <message>
        <source>Customers per batch</source>
        <translation>Nasabah per batch</translation>
    </message>
</context>
<context>
    <name>gugus::ui::OffersView</name>
    <message>
        <source>Export campaign list</source>
        <translation>Ekspor daftar kampanye</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Product ownership per segment: the share of the segment that owns each product and, in brackets, the lift against all customers (orange: owned more than average, blue: less). Select a segment to rank its offers.</source>
        <translation>Kepemilikan produk per segmen: porsi anggota segmen yang memiliki tiap produk dan, di dalam kurung, lift dibandingkan seluruh nasabah (oranye: dimiliki lebih banyak dari rata-rata, biru: lebih sedikit). Pilih segmen untuk mengurutkan penawarannya.</translation>
    </message>
    <message>
        <source>List products owned by at least</source>
        <translation>Tampilkan produk yang dimiliki sedikitnya</translation>
    </message>
    <message>
        <source>Campaign: offer products owned by at least</source>
        <translation>Kampanye: tawarkan produk yang dimiliki sedikitnya</translation>
    </message>
    <message>
        <source>A customer is offered the products owned by at least this share of their segment that they do not own yet</source>
        <translation>Nasabah ditawari produk yang dimiliki sedikitnya porsi ini dari segmennya dan belum ia miliki</translation>
    </message>
    <message>
        <source>Export campaign list…</source>
        <translation>Ekspor daftar kampanye…</translation>
    </message>
    <message>
        <source>This table has no 0/1 product columns to offer.</source>
        <translation>Tabel ini tidak memiliki kolom produk 0/1 untuk ditawarkan.</translation>
    </message>
    <message>
        <source>Run a segmentation to see what each segment owns.</source>
        <translation>Jalankan segmentasi untuk melihat produk yang dimiliki tiap segmen.</translation>
    </message>
    <message>
        <source>%1 in %2: %L3 of %L4 own it (%5; all customers %6)</source>
        <translation>%1 di %2: %L3 dari %L4 memilikinya (%5; seluruh nasabah %6)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Nasabah</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Kepemilikan</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Seluruh nasabah</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Not yet owning</source>
        <translation>Belum memiliki</translation>
    </message>
    <message>
        <source>Offers for %1, highest lift first (products owned by at least %2 of the segment)</source>
        <translation>Penawaran untuk %1, lift tertinggi lebih dulu (produk yang dimiliki sedikitnya %2 anggota segmen)</translation>
    </message>
    <message>
        <source>Campaign list</source>
        <translation>Daftar kampanye</translation>
    </message>
    <message>
        <source>%L1 customers with at least one offer written to %2.</source>
        <translation>%L1 nasabah dengan sedikitnya satu penawaran ditulis ke %2.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
</context>
<context>
    <name>gugus::ui::OverviewView</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Nasabah</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Ciri</translation>
    </message>
    <message>
        <source>Top offers</source>
        <translation>Penawaran teratas</translation>
    </message>
    <message>
        <source>Dominant category</source>
        <translation>Kategori dominan</translation>
    </message>
    <message>
        <source>Double-click to rename; the name is used in every view</source>
        <translation>Klik dua kali untuk mengganti nama; nama ini dipakai di semua tampilan</translation>
    </message>
    <message>
        <source>Products to offer, ranked by members who do not own them yet × lift</source>
        <translation>Produk untuk ditawarkan, diurutkan menurut jumlah anggota yang belum memilikinya × lift</translation>
    </message>
    <message>
        <source>Keep suggested names</source>
        <translation>Pakai nama saran</translation>
    </message>
    <message>
        <source>Use the suggested names (in italics) in every view</source>
        <translation>Pakai nama saran (cetak miring) di semua tampilan</translation>
    </message>
    <message>
        <source>Names in italics are suggestions from each segment&apos;s traits; double-click a name to change it.</source>
        <translation>Nama bercetak miring adalah saran dari ciri tiap segmen; klik dua kali sebuah nama untuk mengubahnya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Separation: %1&lt;/b&gt; — silhouette %2 · k = %3 · %L4 customers&lt;br&gt;%5</source>
        <translation>&lt;b&gt;Keterpisahan: %1&lt;/b&gt; — silhouette %2 · k = %3 · %L4 nasabah&lt;br&gt;%5</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>t/a</translation>
    </message>
    <message>
        <source>%1: %L2 to reach, lift %3</source>
        <translation>%1: %L2 dapat dijangkau, lift %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3 vs %4 of all)</source>
        <translation>%1: %2 (%3 vs %4 dari semua)</translation>
    </message>
    <message>
        <source>Suggested name: double-click to change it, or keep it</source>
        <translation>Nama saran: klik dua kali untuk mengubahnya, atau biarkan</translation>
    </message>
    <message>
        <source>%L1
%2 of all</source>
        <translation>%L1
%2 dari semua</translation>
    </message>
    <message>
        <source>close to the average customer on every column</source>
        <translation>mendekati nasabah rata-rata pada semua kolom</translation>
    </message>
    <message>
        <source>no clear offer</source>
        <translation>tidak ada penawaran yang jelas</translation>
    </message>
    <message>
        <source>No product is owned at least %1 times as often here as by all customers while some members still lack it</source>
        <translation>Tidak ada produk yang di sini dimiliki sedikitnya %1 kali lebih sering daripada oleh seluruh nasabah sementara sebagian anggota belum memilikinya</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Tindakan yang disarankan</translation>
    </message>
    <message>
        <source>Double-click to write what marketing should do with this segment; it goes into the report and the project file</source>
        <translation>Klik dua kali untuk menulis apa yang perlu dilakukan pemasaran untuk segmen ini; tindakan ini masuk ke laporan dan berkas proyek</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Total and average per customer of the money columns (columns whose unit is a currency in the Dataset view&apos;s Display settings)</source>
        <translation>Total dan rata-rata per nasabah dari kolom nominal uang (kolom yang satuannya mata uang di pengaturan Tampilan pada tampilan Dataset)</translation>
    </message>
    <message>
        <source>Read with care, %1: %2</source>
        <translation>Perlu dicermati, %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 in total, %3 on average</source>
        <translation>%1: total %2, rata-rata %3</translation>
    </message>
</context>
<context>
    <name>gugus::ui::PcaScatter</name>
    <message>
        <source>Pan / zoom</source>
        <translation>Geser / perbesar</translation>
    </message>
    <message>
        <source>Drag to move, wheel to zoom</source>
        <translation>Seret untuk menggeser, gulir untuk memperbesar</translation>
    </message>
    <message>
        <source>Rectangle select</source>
        <translation>Pilih persegi</translation>
    </message>
    <message>
        <source>Lasso select</source>
        <translation>Pilih laso</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Hapus pilihan</translation>
    </message>
    <message>
        <source>Run a segmentation to see the customers on a map.</source>
        <translation>Jalankan segmentasi untuk melihat nasabah di peta.</translation>
    </message>
    <message>
        <source>Showing %L1 of %L2 customers (a random sample from every segment); hovering and selections use all.</source>
        <translation>Menampilkan %L1 dari %L2 nasabah (sampel acak dari setiap segmen); arahan kursor dan pilihan mencakup semuanya.</translation>
    </message>
    <message>
        <source>%L1 customers. Hover a point to see the customer.</source>
        <translation>%L1 nasabah. Arahkan kursor ke titik untuk melihat nasabahnya.</translation>
    </message>
    <message>
        <source>PC1 (%1 of variance)</source>
        <translation>KU1 – komponen utama 1 (%1 dari varians)</translation>
    </message>
    <message>
        <source>PC2 (%1 of variance)</source>
        <translation>KU2 (%1 dari varians)</translation>
    </message>
    <message>
        <source>row %L1</source>
        <translation>baris %L1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>The map shows only %1 of the differences between customers: segments that overlap here may be apart on other columns.</source>
        <translation>Peta ini hanya memperlihatkan %1 dari perbedaan antarnasabah: segmen yang bertumpuk di sini bisa saja terpisah pada kolom lain.</translation>
    </message>
    <message>
        <source>Paler points belong less surely to their segment (largest membership probability below 95 %, 80 %, 60 %).</source>
        <translation>Titik yang lebih pucat kurang pasti termasuk segmennya (peluang keanggotaan terbesar di bawah 95 %, 80 %, 60 %).</translation>
    </message>
    <message>
        <source>medoid (typical customer)</source>
        <translation>medoid (nasabah tipikal)</translation>
    </message>
</context>
<context>
    <name>gugus::ui::ProfileHeatmap</name>
    <message>
        <source>Run a segmentation to see how each segment differs from all customers.</source>
        <translation>Jalankan segmentasi untuk melihat perbedaan setiap segmen dari seluruh nasabah.</translation>
    </message>
    <message>
        <source>share %1 vs %2 overall</source>
        <translation>porsi %1 vs %2 keseluruhan</translation>
    </message>
    <message>
        <source>owned by %1 vs %2 overall (lift %3)</source>
        <translation>dimiliki %1 vs %2 keseluruhan (lift %3)</translation>
    </message>
    <message>
        <source>mean %1 vs %2 overall</source>
        <translation>rata-rata %1 vs %2 keseluruhan</translation>
    </message>
    <message>
        <source>Standardized difference from all customers</source>
        <translation>Selisih baku terhadap seluruh nasabah</translation>
    </message>
    <message>
        <source>Red: higher than all customers; blue: lower. ● marks the columns the segments were built on; the others are read against them.</source>
        <translation>Merah: lebih tinggi daripada seluruh nasabah; biru: lebih rendah. ● menandai kolom dasar pembentukan segmen; kolom lain dibaca terhadapnya.</translation>
    </message>
    <message>
        <source>Showing the %1 most distinctive of %2 columns.</source>
        <translation>Menampilkan %1 kolom paling khas dari %2 kolom.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3&lt;br&gt;standardized difference %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3&lt;br&gt;selisih baku %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;no data: no customer of this segment has a value here</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;tidak ada data: tidak satu pun nasabah segmen ini memiliki nilai di sini</translation>
    </message>
</context>
<context>
    <name>gugus::ui::QualitySummary</name>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Further measures of how well the segments are separated</source>
        <translation>Ukuran lain tentang seberapa baik segmen terpisah</translation>
    </message>
    <message>
        <source>Calinski–Harabasz</source>
        <translation>Calinski–Harabasz</translation>
    </message>
    <message>
        <source>Spread between segments against spread within them: higher is better</source>
        <translation>Sebaran antarsegmen dibandingkan sebaran di dalam segmen: makin tinggi makin baik</translation>
    </message>
    <message>
        <source>Davies–Bouldin</source>
        <translation>Davies–Bouldin</translation>
    </message>
    <message>
        <source>How much each segment resembles its closest neighbour: lower is better</source>
        <translation>Seberapa mirip tiap segmen dengan segmen terdekatnya: makin rendah makin baik</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Inersia</translation>
    </message>
    <message>
        <source>Sum of squared distances of customers to their segment centre: lower is tighter</source>
        <translation>Jumlah kuadrat jarak nasabah ke pusat segmennya: makin rendah makin rapat</translation>
    </message>
    <message>
        <source>%1 (estimated on %L2 customers)</source>
        <translation>%1 (diperkirakan dari %L2 nasabah)</translation>
    </message>
    <message>
        <source>&lt;b&gt;k = %1&lt;/b&gt;, %L2 customers, %3 s</source>
        <translation>&lt;b&gt;k = %1&lt;/b&gt;, %L2 nasabah, %3 dtk</translation>
    </message>
    <message>
        <source>Atypical customers (DBSCAN noise): %L1, left out of the metrics</source>
        <translation>Nasabah atipikal (noise DBSCAN): %L1, tidak dihitung dalam metrik</translation>
    </message>
    <message>
        <source>Silhouette: %1 — &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;</source>
        <translation>Silhouette: %1 — &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>t/a</translation>
    </message>
    <message>
        <source>How well each customer fits its own segment rather than the next one, from −1 to 1: above 0.7 strong, 0.5 to 0.7 reasonable, 0.25 to 0.5 weak, below 0.25 no substantial structure</source>
        <translation>Seberapa cocok tiap nasabah dengan segmennya sendiri dibanding segmen terdekat berikutnya, dari −1 sampai 1: di atas 0,7 kuat, 0,5 sampai 0,7 cukup baik, 0,25 sampai 0,5 lemah, di bawah 0,25 tanpa struktur yang berarti</translation>
    </message>
    <message>
        <source>Estimated: %L1 randomly drawn customers, each measured against %L2 customers drawn evenly from the segments; standard error of the estimate ±%3.</source>
        <translation>Estimasi: %L1 nasabah yang diambil secara acak, masing-masing diukur terhadap %L2 nasabah yang diambil merata dari tiap segmen; galat baku estimasi ±%3.</translation>
    </message>
    <message>
        <source>Mini-batch K-Means: %L1 batches of %L2 customers</source>
        <translation>K-Means mini-batch: %L1 batch berisi %L2 nasabah</translation>
    </message>
</context>
<context>
    <name>gugus::ui::QualityWords</name>
    <message>
        <source>strong</source>
        <translation>kuat</translation>
    </message>
    <message>
        <source>reasonable</source>
        <translation>cukup baik</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>lemah</translation>
    </message>
    <message>
        <source>no substantial structure</source>
        <translation>tanpa struktur yang berarti</translation>
    </message>
    <message>
        <source>The segments are clearly distinct groups of customers.</source>
        <translation>Segmen-segmen adalah kelompok nasabah yang jelas berbeda.</translation>
    </message>
    <message>
        <source>The segments are distinct; a few customers sit between them.</source>
        <translation>Segmen-segmen berbeda; sebagian kecil nasabah berada di antaranya.</translation>
    </message>
    <message>
        <source>The segments overlap: read them as tendencies, not separate groups.</source>
        <translation>Segmen-segmen saling tumpang tindih: bacalah sebagai kecenderungan, bukan kelompok yang terpisah.</translation>
    </message>
    <message>
        <source>The customers do not form separate groups on these columns; the segments are a useful split, not natural groups.</source>
        <translation>Pada kolom-kolom ini nasabah tidak membentuk kelompok yang terpisah; segmen adalah pembagian yang berguna, bukan kelompok alami.</translation>
    </message>
</context>
<context>
    <name>gugus::ui::RecoveryBar</name>
    <message>
        <source>Gugus did not close properly. The analysis that was open (saved automatically at %1) can be restored.</source>
        <translation>Gugus tidak ditutup dengan benar. Analisis yang sedang terbuka (tersimpan otomatis pada %1) dapat dipulihkan.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Gugus did not close properly more than once. %L1 analyses that were open (saved automatically) can be restored: choose one, or discard them all.</source>
        <translation>Gugus tidak ditutup dengan benar lebih dari sekali. %L1 analisis yang sedang terbuka (tersimpan otomatis) dapat dipulihkan: pilih salah satu, atau buang semuanya.</translation>
    </message>
    <message>
        <source>%1, data %2</source>
        <translation>%1, data %2</translation>
    </message>
    <message>
        <source>Discard all</source>
        <translation>Buang semua</translation>
    </message>
</context>
<context>
    <name>gugus::ui::ReductionBox</name>
    <message>
        <source>Reduction (before clustering)</source>
        <translation>Reduksi (sebelum pengelompokan)</translation>
    </message>
    <message>
        <source>None: cluster the scaled columns</source>
        <translation>Tanpa reduksi: kelompokkan kolom yang telah diskalakan</translation>
    </message>
    <message>
        <source>PCA (principal components)</source>
        <translation>PCA (komponen utama)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Pertahankan</translation>
    </message>
    <message>
        <source>a share of the variance</source>
        <translation>porsi varians</translation>
    </message>
    <message>
        <source>a number of components</source>
        <translation>jumlah komponen</translation>
    </message>
    <message>
        <source>Variance share</source>
        <translation>Porsi varians</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <source>Whiten (unit variance)</source>
        <translation>Whitening (varians satu)</translation>
    </message>
    <message>
        <source>Divide each component by its standard deviation</source>
        <translation>Bagi setiap komponen dengan simpangan bakunya</translation>
    </message>
    <message>
        <source>Segment once with these columns to see how much variance each component explains.</source>
        <translation>Lakukan segmentasi sekali dengan kolom-kolom ini untuk melihat berapa banyak varians yang dijelaskan setiap komponen.</translation>
    </message>
    <message>
        <source>Keeps %1 of %2 components: %3 of the variance.</source>
        <translation>Mempertahankan %1 dari %2 komponen: %3 dari varians.</translation>
    </message>
    <message>
        <source>Autoencoder (neural network codes)</source>
        <translation>Autoencoder (kode jaringan saraf)</translation>
    </message>
    <message>
        <source>PCA replaces the scaled columns by fewer uncorrelated components before clustering; an autoencoder by the codes of a trained neural network. Profiles, cards and offers still describe the original columns.</source>
        <translation>PCA mengganti kolom terskala dengan lebih sedikit komponen yang tidak berkorelasi sebelum pengelompokan; autoencoder menggantinya dengan kode dari jaringan saraf yang telah dilatih. Profil, kartu, dan penawaran tetap menjelaskan kolom aslinya.</translation>
    </message>
</context>
<context>
    <name>gugus::ui::ReportController</name>
    <message>
        <source>Preparing the report preview</source>
        <translation>Menyiapkan pratinjau laporan</translation>
    </message>
</context>
<context>
    <name>gugus::ui::RowRulesPanel</name>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Keep only rows where (all must hold):</source>
        <translation>Hanya pakai baris yang (semua syarat harus terpenuhi):</translation>
    </message>
    <message>
        <source>is</source>
        <translation>sama dengan</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>tidak sama dengan</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>minimal</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>maksimal</translation>
    </message>
    <message>
        <source>value, or a|b|c</source>
        <translation>nilai, atau a|b|c</translation>
    </message>
    <message>
        <source>One value, or several separated by | (e.g. Jakarta|Bogor). A missing value matches no value.</source>
        <translation>Satu nilai, atau beberapa nilai yang dipisahkan dengan | (mis. Jakarta|Bogor). Nilai kosong tidak cocok dengan nilai apa pun.</translation>
    </message>
    <message>
        <source>Add filter</source>
        <translation>Tambah filter</translation>
    </message>
    <message>
        <source>Remove filter</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>Outlier rules (computed on the rows the filters keep):</source>
        <translation>Aturan pencilan (dihitung dari baris yang lolos filter):</translation>
    </message>
    <message>
        <source>|z| at least</source>
        <translation>|z| minimal</translation>
    </message>
    <message>
        <source>outside k × IQR, k =</source>
        <translation>di luar k × IQR, k =</translation>
    </message>
    <message>
        <source>drop the row</source>
        <translation>buang barisnya</translation>
    </message>
    <message>
        <source>clip the value</source>
        <translation>batasi nilainya</translation>
    </message>
    <message>
        <source>Apply to selected columns</source>
        <translation>Terapkan ke kolom terpilih</translation>
    </message>
    <message>
        <source>Sets this rule on the numeric columns selected in the column list (replacing their earlier rule).</source>
        <translation>Menetapkan aturan ini pada kolom numerik yang dipilih di daftar kolom (menggantikan aturan sebelumnya).</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Hapus aturan</translation>
    </message>
    <message>
        <source>|z| ≥ %1</source>
        <translation>|z| ≥ %1</translation>
    </message>
    <message>
        <source>outside Q1 − %1 × IQR, Q3 + %1 × IQR</source>
        <translation>di luar Q1 − %1 × IQR, Q3 + %1 × IQR</translation>
    </message>
    <message>
        <source>%1: %2, drop the row</source>
        <translation>%1: %2, buang barisnya</translation>
    </message>
    <message>
        <source>%1: %2, clip the value</source>
        <translation>%1: %2, batasi nilainya</translation>
    </message>
    <message>
        <source>Counting the rows the filters keep…</source>
        <translation>Menghitung baris yang lolos filter…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows kept: unknown&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Baris yang dipakai: tidak diketahui&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows kept: %L1 of %L2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Baris yang dipakai: %L1 dari %L2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%L1 left out by the filters</source>
        <translation>%L1 tidak lolos filter</translation>
    </message>
    <message>
        <source>%L1 dropped as outliers</source>
        <translation>%L1 dibuang sebagai pencilan</translation>
    </message>
    <message>
        <source>%L1 dropped for missing values</source>
        <translation>%L1 dibuang karena nilai kosong</translation>
    </message>
    <message>
        <source>Choose a column and type a value.</source>
        <translation>Pilih kolom dan ketik nilainya.</translation>
    </message>
    <message>
        <source>%1 is not numeric: use &quot;is&quot; or &quot;is not&quot;.</source>
        <translation>%1 bukan kolom numerik: gunakan &quot;sama dengan&quot; atau &quot;tidak sama dengan&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; bukan angka.</translation>
    </message>
    <message>
        <source>Outlier rule</source>
        <translation>Aturan pencilan</translation>
    </message>
    <message>
        <source>Select one or more numeric columns in the column list first.</source>
        <translation>Pilih dulu satu atau beberapa kolom numerik di daftar kolom.</translation>
    </message>
    <message>
        <source>Not numeric, so left without a rule: %1.</source>
        <translation>Bukan numerik, jadi tidak diberi aturan: %1.</translation>
    </message>
</context>
<context>
    <name>gugus::ui::ScoreDialog</name>
    <message>
        <source>Choose a segmentation model</source>
        <translation>Pilih model segmentasi</translation>
    </message>
    <message>
        <source>Gugus models (*.json)</source>
        <translation>Model Gugus (*.json)</translation>
    </message>
    <message>
        <source>Choose the customers to score</source>
        <translation>Pilih nasabah yang akan diberi segmen</translation>
    </message>
    <message>
        <source>Save the scored customers</source>
        <translation>Simpan nasabah yang sudah diberi segmen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Score new customers</source>
        <translation>Beri segmen nasabah baru</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Nasabah</translation>
    </message>
    <message>
        <source>A CSV file</source>
        <translation>Berkas CSV</translation>
    </message>
    <message>
        <source>A query on a database</source>
        <translation>Kueri pada basis data</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Simpan sebagai CSV</translation>
    </message>
    <message>
        <source>Write into table</source>
        <translation>Tulis ke tabel</translation>
    </message>
    <message>
        <source>for example scored_customers (a new table of that database)</source>
        <translation>misalnya scored_customers (tabel baru di basis data tersebut)</translation>
    </message>
    <message>
        <source>Replace the table if it exists</source>
        <translation>Ganti tabel jika sudah ada</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Beri segmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>No query chosen yet.</source>
        <translation>Belum ada kueri yang dipilih.</translation>
    </message>
    <message>
        <source>Choose the model first.</source>
        <translation>Pilih model terlebih dahulu.</translation>
    </message>
    <message>
        <source>Choose the CSV file of customers and where to save the result.</source>
        <translation>Pilih berkas CSV nasabah dan tempat menyimpan hasilnya.</translation>
    </message>
    <message>
        <source>Choose the query whose customers are scored.</source>
        <translation>Pilih kueri yang nasabahnya akan diberi segmen.</translation>
    </message>
    <message>
        <source>Name the table the scored customers are written into.</source>
        <translation>Beri nama tabel tempat nasabah yang sudah diberi segmen ditulis.</translation>
    </message>
    <message>
        <source>Customer tables (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Tabel nasabah (*.csv *.txt *.xlsx *.xlsm);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>gugus::ui::ScoringController</name>
    <message>
        <source>Scoring %1</source>
        <translation>Memberi segmen %1</translation>
    </message>
    <message>
        <source>%L1 customers: %L2 placed in a segment, %L3 could not be scored.</source>
        <translation>%L1 nasabah: %L2 masuk ke suatu segmen, %L3 tidak dapat diberi segmen.</translation>
    </message>
    <message>
        <source>%L1 are atypical (no core customer within eps).</source>
        <translation>%L1 nasabah atipikal (tidak ada nasabah inti dalam radius eps).</translation>
    </message>
    <message>
        <source>Missing columns: %1.</source>
        <translation>Kolom yang tidak ada: %1.</translation>
    </message>
    <message>
        <source>%1 (mean shift %2 SD, PSI %3)</source>
        <translation>%1 (pergeseran rata-rata %2 SB, PSI %3)</translation>
    </message>
    <message>
        <source>No column has drifted from the training data.</source>
        <translation>Tidak ada kolom yang bergeser dari data pelatihan.</translation>
    </message>
    <message>
        <source>These columns differ from the training data: %1.</source>
        <translation>Kolom berikut berbeda dari data pelatihan: %1.</translation>
    </message>
    <message>
        <source>Written to %1 (segment -1: see segment_note).</source>
        <translation>Ditulis ke %1 (segmen -1: lihat segment_note).</translation>
    </message>
    <message>
        <source>%1: owned by %2 of the segment, %3× the average</source>
        <translation>%1: dimiliki %2 anggota segmen, %3× rata-rata</translation>
    </message>
    <message>
        <source>Writing the campaign list</source>
        <translation>Menulis daftar kampanye</translation>
    </message>
    <message>
        <source>missing column %1</source>
        <translation>kolom %1 tidak ada</translation>
    </message>
    <message>
        <source>missing value: %1</source>
        <translation>nilai kosong: %1</translation>
    </message>
    <message>
        <source>imputed: %1</source>
        <translation>diisi (imputasi): %1</translation>
    </message>
    <message>
        <source>unseen category: %1=%2</source>
        <translation>kategori baru (tidak ada saat pelatihan): %1=%2</translation>
    </message>
    <message>
        <source>not a number: %1=%2</source>
        <translation>bukan angka: %1=%2</translation>
    </message>
    <message>
        <source>infinite value: %1</source>
        <translation>nilai tak hingga: %1</translation>
    </message>
    <message>
        <source>value &lt;= -1 for log1p: %1</source>
        <translation>nilai &lt;= -1 untuk log1p: %1</translation>
    </message>
    <message>
        <source>atypical: no core customer within eps</source>
        <translation>atipikal: tidak ada nasabah inti dalam jarak eps</translation>
    </message>
    <message>
        <source>excluded by the model&apos;s rule %1</source>
        <translation>dikecualikan oleh aturan model %1</translation>
    </message>
    <message>
        <source>the model&apos;s row filters cannot be checked: %1</source>
        <translation>filter baris model tidak dapat diperiksa: %1</translation>
    </message>
    <message>
        <source>%L1 are outside the customers the model was trained on (its row filters or outlier rules leave them out); they are not scored.</source>
        <translation>%L1 nasabah berada di luar nasabah yang dipakai melatih model (filter baris atau aturan pencilannya mengecualikan mereka); mereka tidak diberi segmen.</translation>
    </message>
    <message>
        <source>Written into the table %1 of %2 (segment -1: see segment_note).</source>
        <translation>Ditulis ke tabel %1 di %2 (segmen -1: lihat segment_note).</translation>
    </message>
    <message>
        <source>Also saved as %1.</source>
        <translation>Juga disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>Scoring the query on %1</source>
        <translation>Memberi segmen hasil kueri pada %1</translation>
    </message>
    <message>
        <source>outside the training range: %1=%2</source>
        <translation>di luar rentang data pelatihan: %1=%2</translation>
    </message>
    <message>
        <source>Reading the model %1</source>
        <translation>Membaca model %1</translation>
    </message>
    <message>
        <source>Preparing the current segmentation&apos;s model</source>
        <translation>Menyiapkan model dari segmentasi saat ini</translation>
    </message>
    <message>
        <source>Scoring one customer</source>
        <translation>Memberi segmen satu nasabah</translation>
    </message>
</context>
<context>
    <name>gugus::ui::SegmentCards</name>
    <message>
        <source>Use suggested names</source>
        <translation>Pakai nama yang disarankan</translation>
    </message>
    <message>
        <source>Name every segment after its two most distinctive characteristics; names stay editable in the segment list</source>
        <translation>Namai setiap segmen menurut dua ciri paling khasnya; nama tetap dapat diubah di daftar segmen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Run a segmentation to read each segment in words.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jalankan segmentasi untuk membaca uraian setiap segmen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%L1 customers (%2 of all)</source>
        <translation>%L1 nasabah (%2 dari seluruhnya)</translation>
    </message>
    <message>
        <source>suggested name: &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>nama yang disarankan: &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>close to the average customer on every column</source>
        <translation>mendekati nasabah rata-rata pada semua kolom</translation>
    </message>
    <message>
        <source>Risk — %1: %2 vs %3 for all customers</source>
        <translation>Risiko — %1: %2 dibandingkan %3 untuk seluruh nasabah</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>A typical customer of this segment (row %L1, the medoid): %2</source>
        <translation>Nasabah tipikal segmen ini (baris %L1, medoid): %2</translation>
    </message>
    <message>
        <source>Read with care: %1</source>
        <translation>Perlu dicermati: %1</translation>
    </message>
</context>
<context>
    <name>gugus::ui::SegmentList</name>
    <message>
        <source>Click a selected name to rename the segment; double-click it to change its colour.</source>
        <translation>Klik nama yang terpilih untuk mengganti nama segmen; klik dua kali untuk mengganti warnanya.</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Warna %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Nasabah</translation>
    </message>
</context>
<context>
    <name>gugus::ui::SegmentListModel</name>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Nasabah</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>grey: more segments than distinguishable colours (%1)</source>
        <translation>abu-abu: jumlah segmen melebihi warna yang bisa dibedakan (%1)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>gugus::ui::SegmentationController</name>
    <message>
        <source>Trying k = %1 to %2</source>
        <translation>Mencoba k = %1 sampai %2</translation>
    </message>
    <message>
        <source>Segmenting into %1 segments</source>
        <translation>Membagi menjadi %1 segmen</translation>
    </message>
    <message>
        <source>Segmenting (choosing k)</source>
        <translation>Menyegmentasi (memilih k)</translation>
    </message>
    <message>
        <source>Cutting the tree</source>
        <translation>Memotong pohon</translation>
    </message>
    <message>
        <source>Computing the k-distance curve</source>
        <translation>Menghitung kurva jarak-k</translation>
    </message>
    <message>
        <source>Auto-tuning</source>
        <translation>Menyetel otomatis</translation>
    </message>
</context>
<context>
    <name>gugus::ui::SegmentsView</name>
    <message>
        <source>Perspective</source>
        <translation>Perspektif</translation>
    </message>
    <message>
        <source>Cluster on demographics, read products</source>
        <translation>Kelompokkan menurut demografi, baca produk</translation>
    </message>
    <message>
        <source>Cluster on products, read demographics</source>
        <translation>Kelompokkan menurut produk, baca demografi</translation>
    </message>
    <message>
        <source>Custom (roles from the Dataset view)</source>
        <translation>Kustom (peran dari tampilan Data)</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritme</translation>
    </message>
    <message>
        <source>Restarts (n_init)</source>
        <translation>Pengulangan (n_init)</translation>
    </message>
    <message>
        <source>Maximum iterations</source>
        <translation>Iterasi maksimum</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Lloyd</source>
        <translation>Lloyd</translation>
    </message>
    <message>
        <source>Elkan (same result, fewer distances)</source>
        <translation>Elkan (hasil sama, lebih sedikit hitungan jarak)</translation>
    </message>
    <message>
        <source>Number of segments</source>
        <translation>Jumlah segmen</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Automatic k (by sweep)</source>
        <translation>k otomatis (pemindaian)</translation>
    </message>
    <message>
        <source>Sweep from k =</source>
        <translation>Pindai dari k =</translation>
    </message>
    <message>
        <source>to k =</source>
        <translation>sampai k =</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Seed acak</translation>
    </message>
    <message>
        <source>Run k sweep</source>
        <translation>Jalankan pemindaian k</translation>
    </message>
    <message>
        <source>Fit K-Means for every k in the range and compare the indices</source>
        <translation>Jalankan K-Means untuk setiap k dalam rentang dan bandingkan indeksnya</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Bentuk segmen</translation>
    </message>
    <message>
        <source>Choose k</source>
        <translation>Pilih k</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Open a customer table first.</source>
        <translation>Buka tabel nasabah terlebih dahulu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clustered on&lt;/b&gt; (%1): %2&lt;br&gt;&lt;b&gt;Read against&lt;/b&gt; (%3): %4</source>
        <translation>&lt;b&gt;Dikelompokkan menurut&lt;/b&gt; (%1): %2&lt;br&gt;&lt;b&gt;Dibaca terhadap&lt;/b&gt; (%3): %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>The k sweep failed</source>
        <translation>Pemindaian k gagal</translation>
    </message>
    <message>
        <source>Segmentation failed</source>
        <translation>Segmentasi gagal</translation>
    </message>
    <message>
        <source>Hierarchical</source>
        <translation>Hierarki</translation>
    </message>
    <message>
        <source>Linkage</source>
        <translation>Linkage</translation>
    </message>
    <message>
        <source>Ward (compact, similar sizes)</source>
        <translation>Ward (padat, ukuran serupa)</translation>
    </message>
    <message>
        <source>Complete (farthest pair)</source>
        <translation>Complete (pasangan terjauh)</translation>
    </message>
    <message>
        <source>Average (mean distance)</source>
        <translation>Average (jarak rata-rata)</translation>
    </message>
    <message>
        <source>Single (nearest pair, chains)</source>
        <translation>Single (pasangan terdekat, membentuk rantai)</translation>
    </message>
    <message>
        <source>Weighted average (WPGMA)</source>
        <translation>Rata-rata berbobot (WPGMA)</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Jarak</translation>
    </message>
    <message>
        <source>Euclidean</source>
        <translation>Euklides</translation>
    </message>
    <message>
        <source>Manhattan</source>
        <translation>Manhattan</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>Cut the tree</source>
        <translation>Potong pohon</translation>
    </message>
    <message>
        <source>into k segments</source>
        <translation>menjadi k segmen</translation>
    </message>
    <message>
        <source>at a height</source>
        <translation>pada ketinggian tertentu</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Ketinggian</translation>
    </message>
    <message>
        <source>Ward and single linkage work on any number of customers. Complete, average and weighted linkage keep all pairwise distances in memory and refuse tables too large for it.</source>
        <translation>Linkage Ward dan single dapat dipakai untuk berapa pun jumlah nasabah. Linkage complete, average, dan berbobot menyimpan semua jarak antarpasangan di memori dan menolak tabel yang terlalu besar untuk itu.</translation>
    </message>
    <message>
        <source>Radius (eps)</source>
        <translation>Radius (eps)</translation>
    </message>
    <message>
        <source>Minimum neighbours</source>
        <translation>Tetangga minimum</translation>
    </message>
    <message>
        <source>Customers within eps, the customer included, needed to be a core customer of a segment</source>
        <translation>Jumlah nasabah dalam radius eps, termasuk nasabah itu sendiri, yang diperlukan agar menjadi nasabah inti suatu segmen</translation>
    </message>
    <message>
        <source>Neighbourhood radius in the scaled feature space</source>
        <translation>Radius ketetanggaan dalam ruang fitur yang sudah diskalakan</translation>
    </message>
    <message>
        <source>Suggest eps (k-distance curve)</source>
        <translation>Sarankan eps (kurva jarak-k)</translation>
    </message>
    <message>
        <source>Dendrogram</source>
        <translation>Dendrogram</translation>
    </message>
    <message>
        <source>k-distance</source>
        <translation>Jarak-k</translation>
    </message>
    <message>
        <source>DBSCAN finds the number of segments itself; use the k-distance curve to choose eps</source>
        <translation>DBSCAN menentukan sendiri jumlah segmen; gunakan kurva jarak-k untuk memilih eps</translation>
    </message>
    <message>
        <source>Build the tree once and compare its cuts into k segments</source>
        <translation>Bangun pohon sekali lalu bandingkan potongannya menjadi k segmen</translation>
    </message>
    <message>
        <source>The k-distance curve failed</source>
        <translation>Kurva jarak-k gagal dihitung</translation>
    </message>
    <message>
        <source>Segment cards</source>
        <translation>Kartu segmen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <source>Auto-tune</source>
        <translation>Penyetelan otomatis</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Ikhtisar</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kualitas</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <source>Customer map</source>
        <translation>Peta nasabah</translation>
    </message>
    <message>
        <source>What the segments are: cards, offers, map and profiles</source>
        <translation>Isi segmen: kartu, penawaran, peta, dan profil</translation>
    </message>
    <message>
        <source>How good the segmentation is: choose k, silhouette, compare and auto-tune</source>
        <translation>Seberapa baik segmentasinya: pilih k, silhouette, bandingkan, dan penyetelan otomatis</translation>
    </message>
    <message>
        <source>Customers on the first two principal components (PCA)</source>
        <translation>Nasabah pada dua komponen utama pertama (PCA)</translation>
    </message>
    <message>
        <source>Press “%1” to segment the customers with the settings on the left.</source>
        <translation>Tekan “%1” untuk membentuk segmen nasabah dengan pengaturan di sebelah kiri.</translation>
    </message>
    <message>
        <source>Open a customer table first (File ▸ Open, or the bundled sample).</source>
        <translation>Buka tabel nasabah terlebih dahulu (Berkas ▸ Buka, atau data contoh bawaan).</translation>
    </message>
    <message>
        <source>The overview of the segments appears here.</source>
        <translation>Ikhtisar segmen akan tampil di sini.</translation>
    </message>
    <message>
        <source>Choose the Hierarchical algorithm and press “%1” to draw the tree.</source>
        <translation>Pilih algoritme Hierarki lalu tekan “%1” untuk menggambar pohonnya.</translation>
    </message>
    <message>
        <source>Run the k sweep to compare numbers of segments.</source>
        <translation>Jalankan pemindaian k untuk membandingkan jumlah segmen.</translation>
    </message>
    <message>
        <source>Press “Suggest eps” to draw the k-distance curve and choose DBSCAN&apos;s radius.</source>
        <translation>Tekan “Sarankan eps” untuk menggambar kurva jarak-k dan memilih radius DBSCAN.</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <source>Gower (mixed columns, no one-hot)</source>
        <translation>Gower (kolom campuran, tanpa one-hot)</translation>
    </message>
    <message>
        <source>Gower compares the original columns: numbers by their difference relative to the column&apos;s range, categories by whether they match; a missing value is skipped, not filled in. Euclidean and Manhattan use the prepared (encoded, scaled) features.</source>
        <translation>Gower membandingkan kolom asli: angka menurut selisihnya relatif terhadap rentang kolom, kategori menurut sama atau tidaknya; nilai kosong dilewati, tidak diisi. Euclidean dan Manhattan memakai fitur yang sudah disiapkan (dikodekan dan diskalakan).</translation>
    </message>
    <message>
        <source>Starting medoids</source>
        <translation>Medoid awal</translation>
    </message>
    <message>
        <source>BUILD (greedy, no randomness)</source>
        <translation>BUILD (serakah/greedy, tanpa unsur acak)</translation>
    </message>
    <message>
        <source>Every segment is represented by a real customer, its medoid. Up to 4,000 customers the distances are kept in memory; above that they are computed when needed.</source>
        <translation>Setiap segmen diwakili oleh nasabah nyata, yaitu medoidnya. Hingga 4.000 nasabah, jarak disimpan di memori; di atas itu jarak dihitung saat diperlukan.</translation>
    </message>
    <message>
        <source>Fit K-Medoids for every k in the range and compare the indices (the silhouette in the chosen distance)</source>
        <translation>Jalankan K-Medoids untuk setiap k dalam rentang dan bandingkan indeksnya (silhouette dengan jarak yang dipilih)</translation>
    </message>
    <message>
        <source>Gaussian mixture</source>
        <translation>Campuran Gaussian</translation>
    </message>
    <message>
        <source>Covariance</source>
        <translation>Kovarians</translation>
    </message>
    <message>
        <source>Full (each segment its own shape)</source>
        <translation>Penuh (setiap segmen berbentuk sendiri)</translation>
    </message>
    <message>
        <source>Diagonal (axis-aligned shapes)</source>
        <translation>Diagonal (bentuk searah sumbu)</translation>
    </message>
    <message>
        <source>Spherical (round, own size)</source>
        <translation>Sferis (bulat, ukuran sendiri)</translation>
    </message>
    <message>
        <source>Tied (one shape for all)</source>
        <translation>Terikat (satu bentuk untuk semua)</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Mulai dari</translation>
    </message>
    <message>
        <source>a K-Means run</source>
        <translation>hasil K-Means</translation>
    </message>
    <message>
        <source>k-means++ customers</source>
        <translation>nasabah pilihan k-means++</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>Regularisasi</translation>
    </message>
    <message>
        <source>Added to every variance so that no segment collapses onto a few identical customers</source>
        <translation>Ditambahkan ke setiap varians agar tidak ada segmen yang menyusut ke beberapa nasabah yang identik</translation>
    </message>
    <message>
        <source>Each customer belongs to every segment with a probability; the map shows how sure the assignment is by the opacity of the point. The k sweep adds BIC and AIC, where the lowest value is the best k.</source>
        <translation>Setiap nasabah termasuk setiap segmen dengan suatu peluang; peta menunjukkan seberapa pasti penempatannya melalui kepekatan titik. Pemindaian k menambahkan BIC dan AIC, dengan nilai terendah sebagai k terbaik.</translation>
    </message>
    <message>
        <source>Fit a Gaussian mixture for every k in the range and compare the indices, BIC and AIC</source>
        <translation>Jalankan campuran Gaussian untuk setiap k dalam rentang dan bandingkan indeks, BIC, dan AIC</translation>
    </message>
    <message>
        <source>What the reduction kept: PCA&apos;s explained variance and the columns behind each component, or the autoencoder&apos;s training and error</source>
        <translation>Apa yang dipertahankan reduksi: varians yang dijelaskan PCA dan kolom di balik setiap komponen, atau pelatihan dan kesalahan autoencoder</translation>
    </message>
    <message>
        <source>Choose PCA or an autoencoder under Reduction and press “%1” to see what the reduction kept: the components and the columns that drive them, or the network&apos;s training and its error next to PCA&apos;s.</source>
        <translation>Pilih PCA atau autoencoder di bagian Reduksi lalu tekan “%1” untuk melihat apa yang dipertahankan reduksi: komponen dan kolom yang mendorongnya, atau pelatihan jaringan dan kesalahannya di samping kesalahan PCA.</translation>
    </message>
</context>
<context>
    <name>gugus::ui::SelectionController</name>
    <message>
        <source>Selecting customers</source>
        <translation>Memilih nasabah</translation>
    </message>
</context>
<context>
    <name>gugus::ui::SilhouetteChart</name>
    <message>
        <source>Run a segmentation to see how well each customer fits its segment.</source>
        <translation>Jalankan segmentasi untuk melihat seberapa cocok setiap nasabah dengan segmennya.</translation>
    </message>
    <message>
        <source>Silhouette coefficient</source>
        <translation>Koefisien silhouette</translation>
    </message>
    <message>
        <source>average %1</source>
        <translation>rata-rata %1</translation>
    </message>
    <message>
        <source>Silhouette per segment (estimated on %L1 sampled customers)</source>
        <translation>Silhouette per segmen (diperkirakan dari %L1 sampel nasabah)</translation>
    </message>
    <message>
        <source>Silhouette per segment (%L1 customers)</source>
        <translation>Silhouette per segmen (%L1 nasabah)</translation>
    </message>
</context>
<context>
    <name>gugus::ui::SweepChart</name>
    <message>
        <source>Inertia (elbow curve)</source>
        <translation>Inersia (kurva siku)</translation>
    </message>
    <message>
        <source>Silhouette (higher is better)</source>
        <translation>Silhouette (makin tinggi makin baik)</translation>
    </message>
    <message>
        <source>Calinski–Harabasz (higher is better)</source>
        <translation>Calinski–Harabasz (makin tinggi makin baik)</translation>
    </message>
    <message>
        <source>Davies–Bouldin (lower is better)</source>
        <translation>Davies–Bouldin (makin rendah makin baik)</translation>
    </message>
    <message>
        <source>Within-segment sum of squares</source>
        <translation>Jumlah kuadrat dalam segmen</translation>
    </message>
    <message>
        <source>Mean silhouette</source>
        <translation>Rata-rata silhouette</translation>
    </message>
    <message>
        <source>Calinski–Harabasz index</source>
        <translation>Indeks Calinski–Harabasz</translation>
    </message>
    <message>
        <source>Davies–Bouldin index</source>
        <translation>Indeks Davies–Bouldin</translation>
    </message>
    <message>
        <source>Number of segments (k)</source>
        <translation>Jumlah segmen (k)</translation>
    </message>
    <message>
        <source>knee: k = %1</source>
        <translation>siku: k = %1</translation>
    </message>
    <message>
        <source>Run the k sweep to compare numbers of segments. Click a k on any chart to choose it.</source>
        <translation>Jalankan pemindaian k untuk membandingkan jumlah segmen. Klik sebuah k pada grafik mana pun untuk memilihnya.</translation>
    </message>
    <message numerus="yes">
        <source>Sweep running: %n value(s) of k done…</source>
        <translation>
            <numerusform>Pemindaian k berjalan: %n nilai k selesai…</numerusform>
        </translation>
    </message>
    <message>
        <source>the elbow of the inertia curve, where the silhouette is also near its best</source>
        <translation>siku kurva inersia, tempat silhouette juga mendekati nilai terbaiknya</translation>
    </message>
    <message>
        <source>the best silhouette (the elbow is absent or clearly worse)</source>
        <translation>silhouette terbaik (siku tidak ada atau jelas lebih buruk)</translation>
    </message>
    <message>
        <source>the elbow of the inertia curve (no silhouette available)</source>
        <translation>siku kurva inersia (silhouette tidak tersedia)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested k = %1&lt;/b&gt;: %2. Click a k on any chart to choose another.</source>
        <translation>&lt;b&gt;Saran k = %1&lt;/b&gt;: %2. Klik k lain pada grafik mana pun untuk memilihnya.</translation>
    </message>
    <message>
        <source>The lowest BIC is at k = %1, the lowest AIC at k = %2.</source>
        <translation>BIC terendah pada k = %1, AIC terendah pada k = %2.</translation>
    </message>
    <message>
        <source>BIC and AIC (lower is better)</source>
        <translation>BIC dan AIC (makin rendah makin baik)</translation>
    </message>
    <message>
        <source>Information criterion</source>
        <translation>Kriteria informasi</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>AIC</source>
        <translation>AIC</translation>
    </message>
    <message>
        <source>lowest %1: k = %2</source>
        <translation>%1 terendah: k = %2</translation>
    </message>
    <message>
        <source>lowest BIC and AIC: k = %1</source>
        <translation>BIC dan AIC terendah: k = %1</translation>
    </message>
</context>
<context>
    <name>gugus::ui::TraitWords</name>
    <message>
        <source>%1 is high: %2 on average vs %3 for all customers</source>
        <translation>%1 tinggi: rata-rata %2 dibandingkan %3 untuk seluruh nasabah</translation>
    </message>
    <message>
        <source>%1 is low: %2 on average vs %3 for all customers</source>
        <translation>%1 rendah: rata-rata %2 dibandingkan %3 untuk seluruh nasabah</translation>
    </message>
    <message>
        <source>%1 is %2 for %3 of the segment vs %4 of all customers</source>
        <translation>%1 = %2 pada %3 anggota segmen dibandingkan %4 seluruh nasabah</translation>
    </message>
    <message>
        <source>owns %1 more often: %2 vs %3 of all customers</source>
        <translation>lebih sering memiliki %1: %2 dibandingkan %3 seluruh nasabah</translation>
    </message>
    <message>
        <source>owns %1 less often: %2 vs %3 of all customers</source>
        <translation>lebih jarang memiliki %1: %2 dibandingkan %3 seluruh nasabah</translation>
    </message>
    <message>
        <source>High %1</source>
        <translation>%1 tinggi</translation>
    </message>
    <message>
        <source>Low %1</source>
        <translation>%1 rendah</translation>
    </message>
    <message>
        <source>%1 owners</source>
        <translation>Pemilik %1</translation>
    </message>
    <message>
        <source>Without %1</source>
        <translation>Tanpa %1</translation>
    </message>
    <message>
        <source>defined by one category: %1 is %2 for %3 of the segment (%4 of all customers)</source>
        <translation>ditentukan oleh satu kategori: %1 adalah %2 untuk %3 segmen (%4 dari semua nasabah)</translation>
    </message>
    <message>
        <source>mostly imputed %1: missing for %2 of the segment (%3 of all customers), filled in before clustering</source>
        <translation>%1 sebagian besar diisi: kosong pada %2 segmen (%3 dari semua nasabah), diisi sebelum segmentasi</translation>
    </message>
    <message>
        <source>one category</source>
        <translation>satu kategori</translation>
    </message>
    <message>
        <source>mostly imputed</source>
        <translation>sebagian besar diisi</translation>
    </message>
</context>
<context>
    <name>gugus::ui::TuneView</name>
    <message>
        <source>Hierarchical (Ward)</source>
        <translation>Hierarki (Ward)</translation>
    </message>
    <message>
        <source>Search for the best-separated segments within the current feature columns (the perspective): every k in the range with K-Means on the feature subsets a backward elimination visits, then Ward on the best subsets. Stability is the agreement of refits on 80 % subsamples (1 = always the same segments).</source>
        <translation>Cari segmen yang paling jelas terpisah di dalam kolom fitur saat ini (perspektif): setiap k dalam rentang dengan K-Means pada himpunan bagian fitur yang dikunjungi eliminasi mundur, lalu Ward pada himpunan bagian terbaik. Stabilitas adalah kecocokan hasil pengulangan pada subsampel 80 % (1 = selalu segmen yang sama).</translation>
    </message>
    <message>
        <source>k from / to</source>
        <translation>k dari / sampai</translation>
    </message>
    <message>
        <source>Smallest segment at least</source>
        <translation>Segmen terkecil sedikitnya</translation>
    </message>
    <message>
        <source>Run auto-tune</source>
        <translation>Jalankan penyetelan otomatis</translation>
    </message>
    <message>
        <source>Apply the selected solution</source>
        <translation>Terapkan solusi terpilih</translation>
    </message>
    <message>
        <source>Auto-tune failed</source>
        <translation>Penyetelan otomatis gagal</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritme</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>Smallest segment</source>
        <translation>Segmen terkecil</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilitas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Belum dijalankan.</translation>
    </message>
    <message>
        <source>%L1 solutions scored.</source>
        <translation>%L1 solusi dinilai.</translation>
    </message>
    <message>
        <source>No solution keeps every segment above the minimum size.</source>
        <translation>Tidak ada solusi yang menjaga setiap segmen di atas ukuran minimum.</translation>
    </message>
    <message>
        <source>The best solution reaches a silhouette of 0.7 or more (%1).</source>
        <translation>Solusi terbaik mencapai silhouette 0,7 atau lebih (%1).</translation>
    </message>
    <message>
        <source>No solution reaches a silhouette of 0.7: the best is %1.</source>
        <translation>Tidak ada solusi yang mencapai silhouette 0,7: yang terbaik %1.</translation>
    </message>
    <message>
        <source>Trade-off: the best solution uses %1 of the %2 feature columns; high silhouettes on few columns describe the customers less fully.</source>
        <translation>Kompromi: solusi terbaik hanya memakai %1 dari %2 kolom fitur; silhouette tinggi dari sedikit kolom menggambarkan nasabah secara kurang lengkap.</translation>
    </message>
    <message>
        <source>%1 solutions had a segment below the minimum size and were left out.</source>
        <translation>%1 solusi memiliki segmen di bawah ukuran minimum dan tidak diikutkan.</translation>
    </message>
    <message>
        <source>Ward was not tried: more than 20,000 customers.</source>
        <translation>Ward tidak dicoba: lebih dari 20.000 nasabah.</translation>
    </message>
    <message>
        <source>Gaussian mixture</source>
        <translation>Campuran Gaussian</translation>
    </message>
</context>
</TS>
