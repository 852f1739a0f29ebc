/**
 * Grids of the seed appendices as a Word → spreadsheet paste gives them. The seed texts lost the
 * grid (one cell per line, a merged cell once), so the rows are written out here: a merged agency
 * cell is its top cell plus `M` (a cell covered by a vertical merge, blank in the grid) below it;
 * some "same as above" cells are plain blanks instead, as when a table is retyped.
 * Sources: tests/fixtures/seeds/000_… (Đồng Tháp 328/KH-UBND, Phụ lục I line 50, II line 639) and
 * 004_… (Hải Dương 1768/KH-UBND, Phụ lục line 341).
 */
import type { Cell, Grid, MergedRange } from "../../../core/grid";

/** A cell covered by a vertical merge from the cell above (blank in the grid). */
export const M = "^";
/** A blank line in the table. */
export const BLANK = "BLANK";
/** The header again, as a page break leaves it. */
export const REPEAT_HEADER = "REPEAT_HEADER";

export type Row = Cell[];
export type RowSpec = Row | typeof BLANK | typeof REPEAT_HEADER;

export interface SeedSheet {
  grid: Grid;
  merges: MergedRange[];
}

/** Builds a grid row by row, from column `left`, turning `M` cells into merged ranges. */
export class GridBuilder {
  readonly grid: Cell[][] = [];
  readonly merges: MergedRange[] = [];
  private readonly open = new Map<number, MergedRange>();

  constructor(readonly left = 0) {}

  get next(): number {
    return this.grid.length;
  }

  /** A title line, merged across `width` columns. */
  title(text: string, width: number): this {
    const r = this.next;
    this.push([text]);
    if (width > 1) this.merges.push({ top: r, left: this.left, bottom: r, right: this.left + width - 1 });
    return this;
  }

  blank(): this {
    this.push([]);
    return this;
  }

  /** Merges `width` cells of row `row` from column `col` (relative to `left`). */
  across(row: number, col: number, width: number): this {
    this.merges.push({ top: row, left: this.left + col, bottom: row, right: this.left + col + width - 1 });
    return this;
  }

  rows(rows: RowSpec[], header: Row[] = []): this {
    for (const r of rows) {
      if (r === BLANK) this.blank();
      else if (r === REPEAT_HEADER) header.forEach((h) => this.push(h));
      else this.push(r);
    }
    return this;
  }

  push(cells: Row): this {
    const r = this.next;
    const out: Cell[] = Array.from({ length: this.left }, () => null);
    cells.forEach((v, i) => {
      const c = this.left + i;
      if (v === M) {
        const open = this.open.get(c);
        if (open && open.bottom === r - 1) open.bottom = r;
        else {
          const above = this.grid[r - 1]?.[c];
          if (above === undefined || above === null || above === "") throw new Error(`fixture: nothing to merge above row ${r}, column ${c}`);
          const m = { top: r - 1, left: c, bottom: r, right: c };
          this.merges.push(m);
          this.open.set(c, m);
        }
        out.push("");
      } else {
        this.open.delete(c);
        out.push(v);
      }
    });
    this.grid.push(out);
    return this;
  }

  build(): SeedSheet {
    return { grid: this.grid, merges: this.merges };
  }
}

export const DT_HEADER_1: Row = ["TT", "Chỉ tiêu", "Đơn vị", "Mục tiêu", "", "Phân công đơn vị thực hiện", ""];
export const DT_HEADER_2: Row = [M, M, M, "Đến năm   2025", "Đến năm   2030", "Chủ trì", "Phối hợp"];
export const DT_TASK_HEADER: Row = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"];
export const HD_HEADER: Row = ["Stt", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Cấp trình", "Kết quả, sản phẩm đầu ra"];

/** Đồng Tháp Phụ lục I rows: TT, Chỉ tiêu, Đơn vị, 2025, 2030, Chủ trì, Phối hợp. */
export const DT_INDICATOR_ROWS: RowSpec[] = [
  ["1.", "Ưu đãi người có công với cách mạng", "", "", "", "", ""],
  ["", "Tỷ lệ người có công và gia đình có mức sống từ trung bình khá trở lên so với mức sống của cộng đồng dân cư nơi cư trú", "%", "100", "100", "Sở Lao động - Thương binh và Xã hội", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố."],
  ["2.", "Lao động, việc làm, phát triển thị trường lao động", "", "", "", "", ""],
  ["2.1", "Tỷ lệ thất nghiệp", "%", "<3", "<3", "- Sở Lao động - Thương binh và Xã hội chủ trì tham mưu thực hiện.\n- Cục Thống kê chủ trì thu thập, tổng hợp, thống kê.", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố."],
  ["2.2", "Tỷ lệ thất nghiệp khu vực thành thị", "%", "<3", "<4", M, M],
  ["2.3", "Tỷ lệ việc làm phi chính thức", "%", "<60", "<40", M, M],
  ["2.4", "Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội", "%", "25", "<20", M, M],
  ["2.5", "Tỉ lệ lao động nữ làm công hưởng lương", "%", "50", "60", "Sở Lao động - Thương binh và Xã hội", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố."],
  ["2.6", "Tỷ lệ lao động là người khuyết tật còn khả năng lao động có việc làm", "%", "40", "50", M, M],
  ["3.", "Phát triển nguồn nhân lực", "", "", "", "", ""],
  ["3.1", "Chỉ số HDI", "", ">0,7", ">0,7", "Sở Y tế", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố."],
  ["3.2", "Tỉ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "%", "28-30", "35-40", "Sở Lao động - Thương binh và Xã hội", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố."],
  ["3.3", "Tỉ lệ lao động có các kỹ năng công nghệ thông tin", "%", "80", "90", M, M],
  ["3.4", "Tỷ lệ lao động là người khuyết tật còn khả năng lao động được học nghề phù hợp", "%", "35", "40", "", ""],
  ["3.5", "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp", "%", "30", "40", "", ""],
  BLANK,
  ["4.", "Bảo hiểm xã hội, bảo hiểm thất nghiệp, bảo hiểm y tế", "", "", "", "", ""],
  ["4.1", "Tỷ lệ lực lượng lao động trong độ tuổi tham gia BHXH", "%", "19,04", "60", "Sở Lao động - Thương binh và Xã hội", "Bảo hiểm xã hội Tỉnh; các Sở, ban, ngành liên quan; UBND các huyện, thành phố."],
  ["", "Tỷ lệ lực lượng lao động trong độ tuổi tham gia BHXH bắt buộc", "%", "14,69", "46,30", M, M],
  ["", "Tỷ lệ nông dân và lao động khu vực phi chính thức tham gia BHXH tự nguyện trong lực lượng lao động trong độ tuổi", "%", "4,35", "13,70", M, M],
  ["4.2", "Tỷ lệ người sau độ tuổi nghỉ hưu được hưởng lương hưu, BHXH hằng tháng và trợ cấp hưu trí xã hội", "%", "55", "60", M, M],
  ["4.3", "Chỉ số đánh giá mức độ hài lòng của người tham gia BHXH", "%", "85", "90", "Bảo hiểm xã hội Tỉnh", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố."],
  ["4.4", "Tỷ lệ lực lượng lao động trong độ tuổi tham gia BHTN", "%", "13,40", "45", "Sở Lao động - Thương binh và Xã hội", "Bảo hiểm xã hội Tỉnh; các sở, ban, ngành liên quan; UBND các huyện, thành phố."],
  ["4.5", "Hỗ trợ bảo hiểm y tế cho trẻ em", "Bậc học", "Tiểu học", "THCS", "Bảo hiểm xã hội Tỉnh", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố."],
  ["4.6", "Tỉ lệ dân số tham gia bảo hiểm y tế", "%", "95,01", "97", M, M],
  ["4.7", "Tỷ lệ hài lòng của người dân với dịch vụ y tế", "%", "> 80", ">90", "Sở Y tế", M],
  ["4.8", "Tỷ lệ lao động là người khuyết tật có giấy xác nhận khuyết tật được hỗ trợ BHYT", "%", "60", "100", "Bảo hiểm xã hội Tỉnh", M],
  ["4.9", "Tỷ lệ người cao tuổi tham gia bảo hiểm y tế", "%", "98", "100", M, M],
  ["5.", "Trợ giúp xã hội và giảm nghèo", "", "", "", "", ""],
  ["5.1", "Tỷ lệ dân số được hưởng trợ cấp xã hội hàng tháng tại cộng đồng", "%", "3,5", "4", "Sở Lao động - Thương binh và Xã hội", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố."],
  ["5.2", "Tỷ lệ đối tượng gặp khó khăn đột xuất được trợ giúp kịp thời", "%", "100", "100", M, M],
  ["5.3", "Tỷ lệ hộ gia đình chăm sóc trẻ em dưới 36 tháng tuổi, thuộc hộ nghèo, cận nghèo được hưởng trợ cấp xã hội", "%", "-", "100", M, M],
  ["5.4", "Tỷ lệ phụ nữ mang thai thuộc hộ nghèo, cận nghèo được hưởng trợ cấp xã hội", "%", "-", "100", M, M],
  ["5.5", "Tỷ lệ người cao tuổi thuộc hộ nghèo, cận nghèo được hưởng trợ cấp xã hội", "%", "-", "100", M, M],
  ["5.6", "Tỷ lệ người có hoàn cảnh khó khăn, người có thu nhập thấp được đảm bảo mức sống tối thiểu", "%", "-", "100", "Sở Lao động - Thương binh và Xã hội", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố."],
  ["5.7", "Tỷ lệ hộ nghèo không có khả năng thoát nghèo được hưởng trợ cấp xã hội", "%", "-", "100", M, M],
  ["5.8", "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc, nuôi dưỡng, trợ giúp", "%", "90", "95", M, M],
  ["5.9", "Tỷ lệ người nghèo, người có công với cách mạng, đối tượng chính sách và người yếu thế thuộc diện người được trợ giúp pháp lý tiếp cận và được trợ giúp pháp lý khi có yêu cầu", "%", "-", "99", "Sở Tư pháp", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố"],
  ["5.10", "Tỉ lệ hộ nghèo theo chuẩn nghèo đa chiều hằng năm", "%/năm", "1-1,5", "-", "Sở Lao động - Thương binh và Xã hội", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố."],
  ["5.11", "Mức tăng thu nhập bình quân đầu người của hộ nghèo so với năm 2021", "Lần", "2", "-", M, M],
  ["5.12", "Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong những dịch vụ hỗ trợ cơ bản", "%", "80", "90", M, M],
  ["5.13", "Tỷ lệ người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn", "%", "50", "70", M, M],
  ["5.14", "Tỷ lệ cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp phòng ngừa, ứng phó với bạo lực trên cơ sở giới", "%", "70", "100", M, M],
  ["5.15", "Tỷ lệ đối tượng gặp khó khăn đột xuất do thiên tai, dịch bệnh, hỏa hoạn, tai nạn giao thông, tai nạn lao động đặc biệt nghiêm trọng hoặc các lý do bất khả kháng khác được trợ giúp kịp thời", "%", "100", "100", "Sở Lao động - Thương binh và Xã hội", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố."],
  ["5.16", "Tỷ lệ người dân có nhu cầu được cung cấp dịch vụ trợ giúp xã hội phù hợp", "%", "50", "100", M, M],
  ["5.17", "Tỷ lệ người cao tuổi có nhu cầu và khả năng lao động có việc làm, được đào tạo chuyển đổi nghề nghiệp", "%", "50", "70", M, M],
  ["5.18", "Số người làm công tác xã hội/1000 dân", "Người", "-", ">=2", "UBND các huyện, thành phố", "Sở Lao động - Thương binh và Xã hội"],
  ["6.", "Giáo dục", "", "", "", "Sở Giáo dục và Đào tạo", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố."],
  ["6.1", "Tỉ lệ huyện, thành phố hoàn thành phổ cập giáo dục mầm non cho trẻ mẫu giáo từ 3 đến 5 tuổi", "%", "100", "100", "", ""],
  ["6.2", "Tỷ lệ huy động trẻ em nhà trẻ", "%", "35", "35-40", "", ""],
  ["6.3", "Tỷ lệ huy động trẻ em mẫu giáo", "%", "95", "95-97", "", ""],
  ["6.4", "Tỷ lệ trẻ em mầm non được học 2 buổi/ngày", "%", "99,5", "99,5", "", ""],
  ["6.5", "Tỷ lệ trường mầm non đạt chuẩn quốc gia", "%", "65", ">65", "", ""],
  ["6.6", "Tỷ lệ đi học đúng tuổi cấp tiểu học", "%", "99", "99,5", "", ""],
  ["6.7", "Tỷ lệ đi học đúng tuổi cấp trung học cơ sở", "%", "92,5", "95", "", ""],
  ["6.8", "Tỷ lệ đi học đúng tuổi cấp trung học phổ thông và tương đương", "%", "73", "75", "", ""],
  ["6.9", "Tỷ lệ huyện, thành phố đạt chuẩn xóa mù chữ mức độ 2", "%", "100", "100", "", ""],
  ["6.10", "Tỷ lệ hoàn thành cấp tiểu học", "%", "97", "99", "", ""],
  ["6.11", "Tỷ lệ hoàn thành cấp trung học cơ sở", "%", "88", "99", "", ""],
  ["6.12", "Tỉ lệ hoàn thành cấp trung học phổ thông", "%", "95", "97", "", ""],
  ["6.13", "Tỷ lệ trẻ khuyết tật ở độ tuổi mầm non và phổ thông được tiếp cận giáo dục", "%", "80", "90", "", ""],
  ["7.", "Y tế", "", "", "", "Sở Y tế", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố"],
  ["7.1", "Mức sinh thay thế", "Mức độ", "1,83", "1,9", M, M],
  ["7.2", "Tuổi thọ trung bình", "Tuổi", "74,5", "75", M, M],
  ["7.3", "Số năm sống khỏe", "Năm", "67", "68", M, M],
  ["7.4", "Chỉ tiêu số lượng trên 10.000 dân", "", "", "", M, M],
  ["", "Số giường bệnh", "Giường", "30", "35", M, M],
  ["", "Số bác sĩ", "người", "10", "15", M, M],
  ["", "Số dược sỹ", "người", "-", "4", M, M],
  ["", "Số điều dưỡng viên", "người", "-", "33", M, M],
  ["7.5", "Tỷ lệ người dân sử dụng dịch vụ chăm sóc ban đầu tại y tế cơ sở được bảo hiểm y tế chi trả", "%", "95", ">95", M, M],
  ["7.6", "Tỷ lệ người dân được quản lý sức khỏe", "%", "95", ">95", M, M],
  ["7.7", "Tỷ lệ phụ nữ có thai được khám thai định kỳ, sinh con ở cơ sở y tế hoặc có sự trợ giúp của cán bộ y tế", "%", ">80", "-", M, M],
  ["7.8", "Tỉ lệ tiêm chủng mở rộng với 14 loại vắc xin", "%", "-", ">=95", M, M],
  ["7.9", "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi", "%", "-", "<15", M, M],
  ["7.10", "Chấm dứt các dịch bệnh AIDS, lao và loại trừ sốt rét", "Mức độ", "Giảm tối đa tỷ lệ nhiễm mới", "Cơ bản loại trừ", M, M],
  ["7.11", "Tỷ lệ người khuyết tật tiếp cận các dịch vụ y tế", "%", "80", "90", M, M],
  ["7.12", "Tỷ lệ trẻ sơ sinh đến 6 tuổi được sàng lọc phát hiện, can thiệp sớm khuyết tật bẩm sinh, rối loạn phát triển và can thiệp sớm các dạng khuyết tật", "%", "70", "80", M, M],
  ["7.13", "Tỷ lệ người cao tuổi được chăm sóc sức khỏe ban đầu kịp thời, khám sức khỏe định kỳ, lập hồ sơ theo dõi sức khỏe", "%", "90", "100", M, M],
  ["7.14", "Tỷ lệ người cao tuổi khi ốm đau, dịch bệnh được khám chữa bệnh và được hưởng sự chăm sóc của gia đình và cộng đồng", "%", "100", "100", M, M],
  ["8.", "Phát triển văn hóa và thông tin, truyền thông", "", "", "", "", ""],
  ["8.1", "Tỷ lệ người dân được xem các kênh phát thanh, kênh truyền hình phục vụ nhiệm vụ chính trị, thông tin tuyên truyền thiết yếu của quốc gia và địa phương", "-", "-", "-", "Sở Thông tin và Truyền thông", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố"],
  ["", "Vùng sâu, vùng xa, biên giới", "%", "80", "80", M, M],
  ["", "Các vùng còn lại", "%", "100", "100", M, M],
  ["8.2", "Tỉ lệ các chương trình thời sự và bản tin phát sóng truyền hình có ngôn ngữ ký hiệu", "%", "50", "80", M, M],
  ["8.3", "Tỷ lệ dân số được phủ sóng di động", "%", "100", "100", M, M],
  ["8.4", "Tỷ lệ xã có điều kiện kinh tế - xã hội đặc biệt khó khăn có hệ thống đài truyền thanh hoạt động", "%", "100", "100", M, M],
  ["8.5", "Tỷ lệ xã có điều kiện kinh tế - xã hội đặc biệt khó khăn có điểm cung cấp thông tin công cộng phục vụ người dân sử dụng dịch vụ thông tin thiết yếu", "%", "100", "100", M, M],
  ["8.6", "Tỷ lệ xã được cung cấp dịch vụ viễn thông phổ cập", "%", "100", "100", M, M],
  ["8.7", "Tỷ lệ xã đạt chuẩn tiêu chí số về thông tin và truyền thông theo Bộ Tiêu chí quốc gia về xã nông thôn mới nâng cao", "%", ">60", "100", M, M],
  ["8.8", "Tỷ lệ người dân ở vùng sâu, vùng xa, biên giới được thụ hưởng và tham gia các hoạt động văn hóa được duy trì hiệu quả", "%", "-", ">75", "Sở Văn hóa, Thể thao và Du lịch", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố."],
  ["9.", "Nhà ở", "", "", "", "Sở Xây dựng", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố"],
  ["9.1", "Xây dựng căn hộ nhà ở xã hội", "Căn", "-", "6.100", "", ""],
  ["9.2", "Xóa bỏ tình trạng nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo, người dân bị thiên tai, biến đổi khí hậu", "Mức độ", "Giải quyết cơ bản", "Xóa bỏ hoàn toàn", "", ""],
  ["9.3", "Phấn đấu diện tích nhà ở bình quân đầu người", "m 2  sàn/ người", "27", "30", "", ""],
  ["", "Thành thị", "m 2  sàn/ người", "", "", "", ""],
  ["", "Nông thôn", "m 2  sàn/ người", "", "", "", ""],
  ["9.4", "Phấn đấu tỉ lệ nhà ở kiên cố", "%", "-", "85-90", "", ""],
  ["", "Thành thị", "%", "-", "100", "", ""],
  ["", "Nông thôn", "%", "-", "75-80", "", ""],
  ["9.5", "Tỷ lệ nhà ở có hệ thống cấp điện, cấp nước, thoát nước thải đồng bộ và được đấu nối vào hệ thống hạ tầng kỹ thuật chung của khu vực", "%", "-", "90", "", ""],
  ["10.", "Nước sạch, vệ sinh môi trường", "", "", "", "", ""],
  ["10.1", "Tỷ lệ hộ gia đình được sử dụng nước sạch theo quy chuẩn", "", "", "", "", ""],
  ["", "Thành thị", "%", ">98", "100", "Sở Xây dựng", "UBND các huyện, thành phố"],
  ["", "Nông thôn  (tối thiểu 60 lít/người/ngày)", "%", ">95", "98", "Sở Nông nghiệp và Phát triển nông thôn", M],
  ["10.2", "Tỷ lệ hộ gia đình được sử dụng nhà tiêu hợp vệ sinh", "", "", "", "Sở Tài nguyên và môi trường", "Hội Liên hiệp Phụ nữ Tỉnh; UBND các huyện, thành phố"],
  ["", "Thành thị", "%", "85", "-", M, M],
  ["", "Nông thôn", "%", "-", "100", M, M],
  ["10.3", "Tỷ lệ hộ gia đình có công trình phụ hợp vệ sinh bảo đảm tiêu chuẩn, quy chuẩn", "%", "-", "100", "Sở Xây dựng", "UBND các huyện, thành phố"],
  ["10.4", "Tỷ lệ trường học có công trình phụ hợp vệ sinh bảo đảm tiêu chuẩn, quy chuẩn", "%", "85", "100", "Sở Giáo dục và Đào tạo", "UBND các huyện, thành phố"],
  ["10.5", "Tỷ lệ trạm y tế có công trình phụ hợp vệ sinh bảo đảm tiêu chuẩn, quy chuẩn", "%", "-", "100", "Sở Y tế", "UBND các huyện, thành phố"],
  ["10.6", "Tỷ lệ điểm dân cư nông thôn tập trung có hệ thống thu gom nước thải sinh hoạt", "%", "-", "25", "Sở Xây dựng", "UBND các huyện, thành phố"],
  ["10.7", "Tỉ lệ nước thải sinh hoạt được xử lý", "%", "-", "15", M, M],
  ["10.8", "Tỷ lệ khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đặt tiêu chuẩn xả thải ra môi trường", "%", "-", "100", "Ban Quản lý Khu kinh tế", "Các sở, ban. ngành liên quan; UBND các huyện, thành phố."],
  ["10.9", "Tỷ lệ cụm công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt tiêu chuẩn xả thải ra môi trường", "%", "-", "100", "Sở Công Thương", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố."],
  ["10.10", "Tỷ lệ hộ chăn nuôi, trang trại được xử lý chất thải chăn nuôi", "%", "-", "75", "Sở Nông nghiệp và Phát triển nông thôn", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố"],
];

/** Đồng Tháp Phụ lục II rows: TT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian. */
export const DT_TASK_ROWS: RowSpec[] = [
  ["I", "VỀ NÂNG CAO NHẬN THỨC VỀ VỊ TRÍ, VAI TRÒ CỦA CHÍNH SÁCH XÃ HỘI"],
  ["1.", "Tuyên truyền, quán triệt chủ trương, định hướng, mục tiêu, quan điểm chỉ đạo của Trung ương, của Tỉnh; nâng cao nhận thức của các cấp ủy, tổ chức đảng, chính quyền, doanh nghiệp, cán bộ, đảng viên và Nhân dân", "Các sở, ban, ngành; UBND các địa phương", "Sở Thông tin và Truyền thông", "Hằng năm"],
  ["2.", "Nhân rộng các mô hình an sinh xã hội điển hình, tiên tiến; biểu dương khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong việc thực hiện Nghị quyết số 42-NQ/TW, Nghị quyết số  68/NQ-CP  và Chương trình hành động số 80- CTr/TU về tiếp tục đổi mới, nâng cao chất tượng chính sách xã hội, đáp ứng yêu cầu sự nghiệp xây dựng và bảo vệ Tổ quốc trong giai đoạn mới trên địa bàn tỉnh Đồng Tháp", "Sở Nội vụ", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Sơ kết, tổng kết Chương trình"],
  ["II", "VỀ NÂNG CAO NĂNG LỰC, HIỆU LỰC QUẢN LÝ NHÀ NƯỚC VỀ CHÍNH SÁCH XÃ HỘI"],
  ["1.", "Rà soát, tham mưu điều chỉnh, bổ sung, hoàn thiện hệ thống văn bản quy phạm pháp luật về chính sách xã hội đảm bảo thống nhất, đồng bộ, khả thi, phù hợp với từng giai đoạn phát triển kinh tế - xã hội của tỉnh theo quy định của pháp luật và tổ chức thực hiện có hiệu quả", "Sở Lao động – Thương binh và Xã hội", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Giai đoạn 2024 - 2030"],
  REPEAT_HEADER,
  ["2.", "Nâng cao năng lực, hiệu quả quản lý nhà nước, đẩy mạnh phân cấp, phân quyền, cá thể hoá trách nhiệm trong tổ chức thực hiện; đẩy mạnh cải cách hành chính theo hướng bảo đảm công khai, minh bạch, nêu cao trách nhiệm giải trình, tạo điều kiện thuận lợi cho nhân dân trong tiếp cận chính sách xã hội. Kiện toàn, sắp xếp tổ chức bộ máy quản lý nhà nước về chính sách xã hội. Thanh tra, kiểm tra, giám sát thực hiện chính sách xã hội", "Các sở, ngành có liên quan; UBND các huyện, thành phố", "Sở Nội vụ", "Hằng năm"],
  ["3.", "Đẩy mạnh chuyển đổi số, số hoá quy trình quản lý và tổ chức thực hiện chính sách xã hội trên địa bàn Tỉnh. Hoàn thiện hệ thống cơ sở dữ liệu an sinh xã hội, bảo đảm liên thông, an toàn, bảo mật thông tin chung và dữ liệu cá nhân", "Sở Lao động – Thương binh và Xã hội", "Sở Thông tin và Truyền thông; các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Giai đoạn 2024 - 2030"],
  ["4.", "Đổi mới cơ chế huy động nguồn lực thực hiện chính sách xã hội theo hướng linh hoạt, hiệu quả; nguồn lực nhà nước giữ vai trò chủ đạo, huy động hợp lý nguồn lực xã hội và hợp tác quốc tế; tăng cường công tác quản lý và thực hiện có hiệu quả các chương trình mục tiêu quốc gia trên địa bàn Tỉnh", "Sở Kế hoạch và Đầu tư", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Hằng năm"],
  ["5.", "Đẩy mạnh việc chi trả không dùng tiền mặt cho các đối tượng chính sách trên cơ sở kết nối, khai thác hiệu quả cơ sở dữ liệu quốc gia về dân cư", "Sở Lao động - Thương binh và Xã hội", "UBND các huyện, thành phố", "Hằng năm"],
  ["6.", "Thực hiện chuyển đổi số trong lĩnh vực y tế ứng dụng bệnh án điện tử; sổ sức khỏe điện tử; liên thông kết quả xét nghiệm, thanh toán không dùng tiền mặt trong các cơ sở điều trị, số hóa quy trình quản lý y tế", "Sở Y tế", "Bảo hiểm xã hội Tỉnh; UBND các huyện, thành phố", "Giai đoạn 2024-2030"],
  ["7.", "Thực hiện hiệu quả việc cấp căn cước cho các đối tượng hưởng chính sách an sinh xã hội, người có công cách mạng và thân nhân người có công trên địa bàn Tỉnh", "Công an Tỉnh", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Thường xuyên"],
  ["III", "VỀ THỰC HIỆN TỐT CHÍNH SÁCH ƯU ĐÃI NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG"],
  ["1.", "Tham mưu tặng quà nhân dịp kỷ niệm ngày Thương binh - liệt sĩ (27/7), Tết Nguyên đán hằng năm đối với người có công với cách mạng, thân nhân người có công với cách mạng và người thờ cúng liệt sĩ của Tỉnh", "Sở Lao động - Thương binh và Xã hội", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Hằng năm"],
  ["2.", "Tham mưu thực hiện tốt các chính sách ưu đãi cho người có công phù hợp với điều kiện kinh tế - xã hội của Tỉnh", M, M, "Giai đoạn 2024-2030"],
  ["3.", "Cơ bản hoàn thành việc tìm kiếm, quy tập hài cốt liệt sĩ, xác định danh tính hài cốt liệt sĩ còn thiếu thông tin. Thực hiện tốt công tác tu bổ, tôn tạo mộ liệt sĩ, nghĩa trang liệt sĩ, các công trình ghi công liệt sĩ trên địa bàn Tỉnh.", M, M, M],
  ["4.", "Gặp mặt tri ân người có công với cách mạng nhân dịp kỷ niệm 80 năm ngày Thương binh - Liệt sĩ (27/7)", M, M, "Năm 2027"],
  ["5.", "Đẩy mạnh phong trào “Toàn dân chăm sóc các gia đình thương binh, liệt sĩ và người có công với cách mạng” và triển khai thực hiện tốt các hoạt động Đền ơn đáp nghĩa, chăm sóc hỗ trợ gia đình người có công với cách mạng.", M, M, "Thường xuyên"],
  ["IV", "VỀ PHÁT TRIỂN THỊ TRƯỜNG LAO ĐỘNG, NÂNG CAO CHẤT LƯỢNG NGUỒN NHÂN LỰC, TẠO VIỆC LÀM BỀN VỮNG CHO NGƯỜI LAO ĐỘNG"],
  ["1.", "Xây dựng, hoàn thiện cơ sở dữ liệu về người lao động, việc làm có kết nối với cơ sở dữ liệu quốc gia về dân cư và các cơ sở dữ liệu khác", "Sở Lao động - Thương binh và Xã hội", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Giai đoạn 2024-2030"],
  ["2.", "Thực hiện có hiệu quả chính sách dân số và phát triển theo hướng bền vững. Nâng cao chất lượng dân số, đáp ứng yêu cầu về nguồn nhân lực, nhất là nhân lực chất lượng cao.", "Sở Y tế", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Thường xuyên"],
  ["3.", "Định hướng nghề nghiệp ngay từ bậc học phổ thông; đẩy mạnh phân luồng, tăng số học sinh sau trung học cơ sở, trung học phổ thông vào giáo dục nghề nghiệp", "Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội", "Hằng năm"],
  ["4.", "Chú trọng phát triển nguồn nhân lực bảo đảm số lượng và chất lượng, chú trọng nhân lực đủ năng lực thúc đẩy nông nghiệp công nghệ cao, công nghệ sinh học, kinh tế số, kinh tế xanh, kinh tế tuần hoàn, quản trị công nghệ, quản trị doanh nghiệp. Đổi mới chính sách tuyển dụng, sử dụng, trọng dụng nhân lực chất lượng cao phục vụ cho đổi mới sáng tạo, phát triển khoa học và công nghệ trên địa bàn Tỉnh.", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Hằng năm"],
  ["5.", "Đẩy mạnh chuyển đổi số trong hoạt động giáo dục nghề nghiệp và thực hiện kiểm định chất lượng giáo dục nghề nghiệp.", "Sở Lao động - Thương binh và Xã hội", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Thường xuyên"],
  ["6.", "Rà soát, tham mưu sửa đổi, bổ sung, ban hành những chính sách về hỗ trợ đào tạo nghề; thu hút đầu tư xã hội cho giáo dục nghề nghiệp; quyền và trách nhiệm của doanh nghiệp trong hoạt động giáo dục nghề nghiệp", M, M, "Hằng năm"],
  ["7.", "Hình thành thị trường lao động có chất lượng cao. Hiện đại hoá, chuyển đổi số trong thông tin dự báo thị trường, quản lý nguồn nhân lực và xây dựng cơ sở dữ liệu lao động, việc làm. Đẩy mạnh thông tin, phân tích, dự báo cung – cầu lao động, kết nối hệ thống thông tin thị trường lao động, xây dựng cơ sở dữ liệu việc tìm người – người tìm việc kết nối với cơ sở dữ liệu quốc gia về dân cư.", M, M, "Giai đoạn 2024 - 2030"],
  ["8.", "Triển khai hiệu quả công tác đào tạo nghề cho lao động nông thôn", "Sở Lao động - Thương binh và Xã hội", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Hằng năm"],
  ["9.", "Mở rộng địa bàn, đa dạng ngành nghề, tăng nhanh số lượng người lao động đi làm việc ở nước ngoài. Vận hành sàn giao dịch việc làm công khai, minh bạch, bảo đảm lợi ích hợp pháp của người lao động.", "Sở Lao động - Thương binh và Xã hội", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Hằng năm"],
  ["10.", "Thực hiện đầy đủ chính sách, pháp luật về an toàn, vệ sinh lao động và tiêu chuẩn lao động, quan hệ lao động; tăng cường công tác đối thoại, thương lượng, ký kết thoả ước lao động tập thể trong doanh nghiệp, giải quyết tranh chấp lao động theo đúng quy định của pháp luật.", M, M, M],
  ["11.", "Triển khai có hiệu quả chương trình tín dụng cho vay giải quyết việc làm, tạo sinh kế cho người dân, thúc đẩy tạo việc làm mới, chất lượng cao.", "Chi nhánh Ngân hàng chính sách xã hội Tỉnh", "UBND các huyện, thành phố", "Hằng năm"],
  ["V", "VỀ XÂY DỰNG HỆ THỐNG AN SINH XÃ HỘI BẢO ĐẢM ĐỊNH HƯỚNG XÃ HỘI CHỦ NGHĨA, KHÔNG ĐỂ AI BỊ BỎ LẠI PHÍA SAU"],
  ["1.", "Tổng kết Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025; tham mưu ban hành Chương trình mục tiêu quốc gia giảm nghèo bền vững hằng năm và giai đoạn 2026 - 2030", "Sở Lao động - Thương binh và Xã hội", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Năm 2025 và hằng năm"],
  ["2.", "Thực hiện đảm bảo Chương trình việc làm tỉnh Đồng Tháp giai đoạn 2021 – 2025 và tham mưu xây dựng Chương trình việc làm tỉnh Đồng Tháp giai đoạn 2025 - 2030", M, M, M],
  ["3.", "Rà soát, bổ sung chính sách trợ giúp xã hội theo quy định của Nhà nước, của Tỉnh", "Sở Lao động - Thương binh và Xã hội", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Hằng năm"],
  ["4.", "Nâng cao hiệu quả tư vấn, giới thiệu việc làm, đào tạo để chuyển đổi nghề nghiệp cho người lao động, nhất là lao động thất nghiệp", M, M, "Hằng năm"],
  ["5.", "Phát triển mạng lưới dịch vụ trợ giúp xã hội đối với trẻ em, người khuyết tật và người cao tuổi có hoàn cảnh đặc biệt khó khăn. Xây dựng đội ngũ làm công tác xã hội chuyên nghiệp.", M, M, "Giai đoạn 2024 - 2030"],
  ["6.", "Tham mưu đầu tư, xây dựng mới Trung tâm Bảo trợ xã hội tổng hợp Tỉnh. Phát triển các cơ sở bảo trợ xã hội ngoài công lập bảo đảm phù hợp về số lượng, quy mô, cơ cấu, loại hình cơ sở; tạo điều kiện thuận lợi cho người dân tiếp cận và thụ hưởng dịch vụ trợ giúp xã hội. Mở rộng các nhóm đối tượng yếu thế có hoàn cảnh khó khăn khác trên địa bàn Tỉnh để được hưởng trợ cấp xã hội ngoài quy định của Trung ương.", M, M, "Giai đoạn 2024 - 2030"],
  ["7.", "Tiếp tục mở rộng, nâng cao chất lượng bảo hiểm y tế toàn dân; đa dạng các gói dịch vụ bảo hiểm y tế; nâng cao khả năng tiếp cận dịch vụ y tế, chất lượng khám chữa bệnh và khả năng tài chính của người dân hưởng bảo hiểm y tế.", "Bảo hiểm xã hội Tỉnh", "Sở Y tế; các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Hằng năm"],
  ["8.", "Phát triển bảo hiểm xã hội bắt buộc đối với người lao động và thành viên của các tổ chức kinh tế tập thể, hộ kinh doanh làm việc theo hợp đồng, hưởng tiền lương, tiền công theo quy định của pháp luật. Tuyên truyền, thực hiện hiệu quả chính sách bảo hiểm xã hội tự nguyện; tham mưu chính sách hỗ trợ từ ngân sách nhà nước cho các đối tượng yếu thế, người thu nhập thấp lao động khu vực phi chính thức.", "Bảo hiểm xã hội Tỉnh", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Thường xuyên"],
  ["9.", "Đổi mới phương pháp tuyên truyền, phổ biến chính sách, pháp luật về bảo hiểm xã hội, bảo hiểm thất nghiệp, bảo hiểm y tế, tạo sự đồng thuận, bảo đảm người dân có thể tiếp cận tốt nhất mọi thông tin về chính sách.", "Bảo hiểm xã hội Tỉnh", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Thường xuyên"],
  ["VI", "VỀ NÂNG CAO PHÚC LỢI XÃ HỘI TOÀN DÂN, BẢO ĐẢM MỌI NGƯỜI DÂN ĐƯỢC TIẾP CẬN, THỤ HƯỞNG CÁC DỊCH VỤ XÃ HỘI CƠ BẢN CÓ CHẤT LƯỢNG"],
  ["1", "Về giáo dục"],
  ["1.1", "Hình thành Trường Trung học phổ thông trọng điểm chất lượng cao tại khu vực biên giới", "Sở Giáo dục và Đào tạo", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Giai đoạn 2024 - 2030"],
  ["1.2", "Thực hiện Nghị quyết số 03- NQ/TU ngày 31/12/2021 của Ban Chấp hành Đảng bộ Tỉnh khóa XI về nâng cao chất lượng nguồn nhân lực tỉnh Đồng Tháp đến năm 2025, tầm nhìn đến năm 2030", M, M, "Hằng năm"],
  ["1.3", "Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số, hiện đại hoá, nâng cao hiệu quả hệ thống quản lý giáo dục về hoạt động của giáo viên. Tăng cường hợp tác quốc tế ở các cơ sở giáo dục.", M, M, "Thường xuyên"],
  ["2", "Về y tế"],
  ["2.1", "Đầu tư, nâng cấp các bệnh viện công lập hiện có trên địa bàn Tỉnh, ưu tiên cung cấp bệnh viện đa khoa khu vực Tháp Mười, bệnh viện khu vực biên giới thành phố Hồng Ngự", "Sở Y tế", "Sở Kế hoạch và Đầu tư; các sở, ngành liên quan; UBND các huyện, thành phố", "Giai đoạn 2024 - 2030"],
  ["2.2", "Đầu tư xây dựng mới bệnh viện công lập, kêu gọi đầu tư xây dựng các cơ sở y tế ngoài công lập.", M, M, M],
  ["2.3", "Triển khai mô hình Bác sĩ gia đình trên địa bàn Tỉnh", M, "Các sở, ngành liên quan; UBND các huyện, thành phố", M],
  ["2.4", "Củng cố và nâng cao hiệu quả, chất lượng công tác của mạng lưới y tế cơ sở, y tế dự phòng, chăm sóc sức khoẻ tâm thần, chăm sóc sức khoẻ phụ nữ mang thai, bà mẹ và trẻ em; khám sức khoẻ định kỳ cho nhân dân; quản lý các bệnh mạn tính đối với người cao tuổi.", "Sở Y tế", "Các sở, ngành liên quan; UBND các huyện, thành phố", "Thường xuyên"],
  ["2.5", "Thực hiện có hiệu quả chính sách dinh dưỡng, giải quyết tình trạng suy dinh dưỡng ở trẻ em. Bảo đảm vệ sinh, an toàn thực phẩm. Nâng cao chất lượng dự báo, giám sát, phát hiện, phòng ngừa có hiệu quả dịch bệnh, bảo đảm an ninh y tế; phát triển y tế học đường, y học gia đình. Tăng cường chuyển đổi số trong công tác quản lý.", M, M, "Thường xuyên"],
  ["3", "Về văn hóa"],
  ["3.1", "Đổi mới, nâng cao chất lượng, hiệu quả các hoạt động văn hoá, văn học, nghệ thuật với bảo tồn, phát huy các giá trị văn hoá truyền thống dân tộc mang bản sắc, đặc trưng Đồng Tháp, các di sản thiên nhiên và văn hoá – lịch sử, hệ thống đình làng, nhà cổ và lễ hội gắn với phát triển du lịch.", "Sở Văn hóa, Thể thao và Du lịch", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Hằng năm"],
  ["3.2", "Nâng cao đời sống văn hoá tinh thần cho nhân dân, nhất là ở vùng nông thôn, biên giới. Phát huy hiệu quả các giá trị văn hoá thiết chế văn hoá tại các xã nông thôn mới, nông thôn mới nâng cao. Bảo đảm phát triển kinh tế - xã hội đi đôi với phát triển văn hoá, xây dựng nếp sống văn minh, nâng cao đời sống văn hoá, tinh thần của người dân.", M, M, "Hằng năm"],
  ["4", "Về thông tin"],
  ["4.1", "Thực hiện chính sách, pháp luật về quyền tiếp cận thông tin; tạo điều kiện trong tiếp cận, bảo vệ người dân được an toàn trên môi trường mạng", "Sở Thông tin và Truyền thông", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Hàng năm"],
  ["4.2", "Thông tin, tuyên truyền trên hệ thống cụm thông tin điện tử công cộng các nội dung về chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước, của Tỉnh, các sự kiện nổi bật, thông tin thiết yếu về quyền lợi và nghĩa vụ của người dân trong thực hiện các Chương trình mục tiêu quốc gia và các chính sách xã hội", "", "", ""],
  ["5", "Về nhà ở"],
  ["5.1", "Rà soát, triển khai các chương trình, chính sách hỗ trợ nhà ở cho người có công với cách mạng, nhà ở cho hộ nghèo bảo đảm kiên cố.", "Sở Xây dựng", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Giai đoạn 2024-2030"],
  ["5.2", "Thực hiện có hiệu quả Chiến lược phát triển nhà ở quốc gia, giai đoạn 2021 - 2030, tầm nhìn 2045 và Chương trình phát triển nhà ở tỉnh Đồng Tháp giai đoạn 2021 - 2030", M, M, "Giai đoạn 2024-2030"],
  ["5.3", "Hoàn thành kế hoạch tham gia thực hiện Đề án “Đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội” của Chính phủ trên địa bàn Tỉnh", M, M, "Giai đoạn 2024-2030"],
  ["5.4", "Phát triển đa dạng các loại hình nhà ở và cơ chế, chính sách mua, thuê nhà ở xã hội, nhà lưu trú, ký túc xá cho công nhân, người lao động, học sinh, sinh viên.", M, M, "Giai đoạn 2024-2030"],
  ["5.5", "Tham mưu xây dựng chính sách hỗ trợ nhà ở xã hội cho một số đối tượng khó khăn, hộ nghèo khu vực nông thôn, người dân sinh sống tại khu vực thường xuyên bị thiên tai, ảnh hưởng bởi biến đổi khí hậu. Huy động xã hội, doanh nghiệp, tổ chức, cá nhân tham gia phát triển nhà ở xã hội", M, M, "Giai đoạn 2024-2030"],
  ["6", "Về nước sạch, vệ sinh môi trường"],
  ["6.1", "Thực hiện có hiệu quả Kế hoạch số 132/KH-UBND ngày 21/4/2022 thực hiện Chiến lược quốc gia cấp nước sạch và vệ sinh nông thôn đến năm 2030, tầm nhìn đến năm 2045 trên địa bàn tỉnh Đồng Tháp", "Sở Nông nghiệp và Phát triển nông thôn", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Giai đoạn 2024-2030"],
  ["6.2", "Tăng cường xã hội hoá, kêu gọi đầu tư xã hội cho lĩnh vực cung ứng nước sạch cho người dân", M, M, M],
  ["6.3", "Triển khai đảm bảo Kế hoạch hành động ứng phó biến đổi khí hậu trên địa bàn tỉnh Đồng Tháp giai đoạn 2021 - 2030, tầm nhìn đến 2050 ban hành kèm theo Quyết định số 1416/QĐ-UBND-HC ngày 26/12/2022 của UBND Tỉnh.", "Sở Tài nguyên và Môi trường", "Các sở, ban, ngành liên quan; UBND các huyện, thành phố", "Giai đoạn 2024-2030"],
  ["VII", "VỀ ĐỔI MỚI, NÂNG CAO CHẤT LƯỢNG, HIỆU QUẢ CUNG CẤP DỊCH VỤ XÃ HỘI, TRANH THỦ NGUỒN LỰC, KINH NGHIỆM QUỐC TẾ TRONG THỰC HIỆN CHÍNH SÁCH XÃ HỘI"],
  ["1.", "Nâng cao chất lượng hoạt động của các dịch vụ xã hội về việc làm, bảo hiểm xã hội, y tế, giáo dục, trợ giúp xã hội và cơ sở trợ giúp xã hội đang quản lý, chăm sóc, nuôi dưỡng người có công với cách mạng; trẻ em mồ côi, người cao tuổi cô đơn, người khuyết tật không nơi nương tựa trên địa bàn Tỉnh", "Sở Lao động - Thương binh và Xã hội", "Các sở, ban, ngành; UBND các huyện, thành phố", "Hằng năm"],
  ["2.", "Đào tạo, bồi dưỡng nâng cao trình độ chuyên môn, nghiệp vụ, đạo đức công vụ và hiểu biết pháp luật cho đội ngũ làm công tác xã hội.", M, M, M],
  ["3.", "Phát triển hệ thống dịch vụ xã hội đa dạng, liên thông, liên tục, chuyên nghiệp; khuyến khích thành lập cơ sở trợ giúp xã hội ngoài công lập.", M, M, M],
  ["4.", "Bố trí vốn từ nguồn ngân sách nhà nước theo quy định của pháp luật về ngân sách nhà nước và phân cấp ngân sách nhà nước; kinh phí lồng ghép trong các chương trình mục tiêu quốc gia và các chương trình, dự án, đề án liên quan và các nguồn tài chính khác theo quy định của pháp luật.", "Sở Tài chính", "Các sở, ban, ngành; UBND các huyện, thành phố", "Hằng năm"],
  ["5.", "Ưu tiên nguồn lực tài chính phục vụ cho quá trình chuyển đổi số hoá an sinh xã hội và những vùng khó khăn", M, M, M],
  ["6.", "Tham mưu thực hiện Kế hoạch thực hiện Quy hoạch tỉnh Đồng Tháp thời kỳ 2021 - 2030, tầm nhìn đến năm 2050", "Sở Kế hoạch và Đầu tư", "Các sở, ban, ngành; UBND các huyện, thành phố", "Giai đoạn 2024 - 2030"],
  ["7.", "Xây dựng kịch bản tăng trưởng kinh tế (GRDP)", M, M, "Hằng năm"],
  ["8.", "Tổ chức Hội nghị tháo gỡ khó khăn, vướng mắc cho doanh nghiệp, hợp tác xã, hộ kinh doanh", M, M, M],
  ["9.", "Tăng cường kêu gọi nguồn lực quốc tế hỗ trợ, đầu tư phát triển các dịch vụ xã hội. Sử dụng hiệu quả nguồn vốn, nguồn viện trợ, tài trợ, hỗ trợ kỹ thuật của các nước, tổ chức, cá nhân nước ngoài, tổ chức quốc tế cho chính sách xã hội", M, M, "Thường xuyên"],
  ["10.", "Đẩy mạnh hoạt động khoa học - công nghệ trong các lĩnh vực chính sách xã hội hướng đến nâng cao năng suất lao động, bảo đảm an sinh xã hội, trợ giúp xã hội", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành; UBND các huyện, thành phố", "Hằng năm"],
];

/** Hải Dương Phụ lục rows: Stt, Nhiệm vụ, chủ trì, phối hợp, thời gian, cấp trình, kết quả. */
export const HD_TASK_ROWS: RowSpec[] = [
  ["I", "Thông tin, tuyên truyền, phổ biến luật pháp, chính sách xã hội"],
  ["1", "Tuyên truyền trên hệ thống thông tin truyền thanh các cấp", "Sở Thông tin và Truyền thông", "Sở Lao động TBXH, các sở, ngành, UBND các huyện, thị xã, TP, các đơn vị liên quan", "Hàng năm", "", "Tin, bài tuyên truyền"],
  ["2", "Xây dựng phóng sự, tin, bài tuyên truyền", "Báo Hải Dương, Đài PTTH tỉnh", "Sở Lao động TBXH, các sở, ngành, UBND các huyện, thị xã, TP, các đơn vị liên quan", "Hàng năm", "", "Phóng sự, tin, bài viết"],
  ["3", "Biên soạn, phát hành tài liệu, ấn phẩm truyền thông", "Sở Lao động - TBXH", "Sở Thông tin và Truyền thông, các sở, ngành, UBND các huyện, thị xã, TP, các đơn vị liên quan", "Hàng năm", "", "Tài liệu, ấn phẩm"],
  ["II", "Phát triển hệ thống chính sách xã hội toàn diện, bao trùm và bền vững, tập trung hoàn thiện cơ chế, chính sách và nâng cao hiệu quả tổ chức thực hiện"],
  ["1", "Triển khai Pháp lệnh Ưu đãi người có công với cách mạng và Nghị định quy định chi tiết", "Sở Lao động - TBXH", "Các sở, ngành, UBND các huyện, thị xã, TP, các đơn vị liên quan", "2021, 2022", "UBND tỉnh", "Kế hoạch"],
  ["2", "Kế hoạch tìm kiếm, quy tập hài cốt liệt sĩ và xác định danh tính hài cốt liệt sĩ còn thiếu thông tin đến năm 2030 và những năm tiếp theo", "Bộ Chỉ huy Quân sự tỉnh", "Sở Lao động - TBXH, các sở, ngành liên quan, UBND các huyện, thị xã, TP", "2022", "UBND tỉnh", "Kế hoạch"],
  ["3", "Dự án “Xây dựng công trình Đền Liệt sĩ tỉnh Hải Dương”", "Sở Lao động, Thương binh và xã hội", "Sở Kế hoạch và Đầu tư, Ban Quản lý Dự án đầu tư xây dựng tỉnh, Sở Tài chính, UBND TP Hải Dương, các sở, ngành liên quan", "2022- 2025", "UBND tỉnh", "Dự án"],
  ["4", "Dự án “Xây dựng, nâng cấp, sửa chữa cơ sở nuôi dưỡng, điều dưỡng người có công với cách mạng”", "Sở Lao động, Thương binh và xã hội", "Sở Kế hoạch và Đầu tư, Ban Quản lý Dự án đầu tư xây dựng tỉnh, Sở Tài chính, UBND TP Hải Dương, các sở, ngành liên quan", "2022- 2025", "UBND tỉnh", "Dự án"],
  ["5", "Triển khai Chương trình mục tiêu Quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025", "Sở Lao động - TBXH", "Các sở, ngành, UBND các huyện, thị xã, TP", "2022", "UBND tỉnh", "Kế hoạch"],
  ["6", "Triển khai Chương trình quốc gia về người cao tuổi giai đoạn 2021 - 2030", "Sở Lao động - TBXH", "Các sở, ngành, UBND các huyện, TP", "2022", "UBND tỉnh", "Kế hoạch"],
  ["7", "Triển khai thực hiện Đề án mức sống tối thiểu để xác định đối tượng và chuẩn trợ giúp xã hội", "Sở Lao động - TBXH", "Các sở, ngành, UBND các huyện, thị xã, TP", "Sau khi có hướng dẫn của Bộ Lao động - TBXH", "UBND tỉnh", "Kế hoạch"],
  ["8", "Quy hoạch hệ thống cơ sở nuôi dưỡng, điều dưỡng người có công, cơ sở trợ giúp xã hội thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 (Tích hợp vào Quy hoạch tỉnh Hải Dương thời kỳ 2021-2030, tầm nhìn đến năm 2050)", "Sở Kế hoạch & Đầu tư", "Các sở, ngành, UBND các huyện, thị xã, TP", "2022", "TTCP", "Quy hoạch"],
  ["9", "Dự án “Xây dựng, phát triển Trung tâm Bảo trợ xã hội tỉnh Hải Dương thành Cơ sở trợ giúp xã hội tổng hợp”", "Sở Lao động, Thương binh và xã hội", "Sở Kế hoạch và Đầu tư, Ban Quản lý Dự án đầu tư xây dựng tỉnh, Sở Tài chính, UBND TP Hải Dương, các sở, ngành liên quan", "2021- 2025", "UBND tỉnh", "Dự án"],
  ["III", "Đổi mới, nâng cao chất lượng giáo dục nghề nghiệp, phát triển thị trường lao động, tạo việc làm ổn định, bền vững"],
  ["1", "Triển khai Đề án “Phát triển nguồn nhân lực đáp ứng yêu cầu sản xuất kinh doanh, góp phần xây dựng Hải Dương trở thành tỉnh công nghiệp hiện đại vào năm 2030”", "Sở Lao động - TBXH", "Các sở, ngành liên quan, UBND các huyện, thị xã, TP", "2022", "UBND tỉnh", "Kế hoạch"],
  ["2", "Triển khai Chiến lược phát triển giáo dục nghề nghiệp giai đoạn 2021-2030, tầm nhìn đến năm 2045", "Sở Lao động - TBXH", "Các sở, ngành liên quan, UBND các huyện, thị xã, TP", "2022", "UBND tỉnh", "Kế hoạch"],
  ["3", "Triển khai Đề án đổi mới, nâng cao chất lượng đào tạo nghề nông thôn", "Sở Lao động - TBXH", "Các sở, ngành liên quan, UBND các huyện, thị xã, TP", "Sau khi có hướng dẫn của Bộ Lao động - TBXH", "UBND tỉnh", "Kế hoạch"],
  ["4", "Triển khai Đề án nâng tầm kỹ năng lao động Việt Nam", "Sở Lao động - TBXH", "Các sở, ngành liên quan, UBND các huyện, thị xã, TP", "Sau khi có hướng dẫn của Bộ Lao động - TBXH", "UBND tỉnh", "Kế hoạch"],
  ["5", "Kế hoạch Chuyển đổi số trong giáo dục nghề nghiệp đến năm 2025, định hướng đến năm 2030", "Sở Lao động - TBXH", "Các sở, ngành liên quan, UBND các huyện, thị xã, TP", "2022", "UBND tỉnh", "Kế hoạch"],
  ["6", "Quy hoạch mạng lưới cơ sở giáo dục nghề nghiệp thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 (Tích hợp vào Quy hoạch tỉnh Hải Dương thời kỳ 2021- 2030, tầm nhìn đến năm 2050)", "Sở Kế hoạch & Đầu tư", "Các sở, ngành, UBND các huyện, thị xã, TP", "2022", "TTCP", "Quy hoạch"],
  ["7", "Triển khai Luật sửa đổi, bổ sung một số điều của Luật Việc làm", "Sở Lao động - TBXH", "Các sở, ngành liên quan, UBND các huyện, thị xã, TP", "2023", "UBND tỉnh", "Kế hoạch/văn bản chỉ đạo"],
  ["8", "Triển khai Chương trình hỗ trợ phát triển thị trường lao động đến năm 2030 và đảm bảo việc làm bền vững của người lao động trên địa bàn tỉnh Hải Dương", "Sở Lao động - TBXH", "Các sở, ngành liên quan, UBND các huyện, thị xã, TP", "2021", "UBND tỉnh", "Kế hoạch"],
  ["9", "Ban hành Nghị quyết về chính sách hỗ trợ, tạo việc làm và khởi nghiệp cho người lao động tỉnh Hải Dương đi làm việc ở nước ngoài theo hợp đồng sau khi về nước", "Sở Lao động - TBXH", "Các sở, ngành liên quan, UBND các huyện, thị xã, TP", "2022", "HĐND tỉnh", "Nghị quyết"],
  ["IV", "Nâng cao phúc lợi xã hội, chất lượng cuộc sống của Nhân dân"],
  ["1", "Kế hoạch triển khai thực hiện Chiến lược phát triển giáo dục 2021 - 2030, tầm nhìn 2045 trên địa bàn tỉnh Hải Dương", "Sở Giáo dục và Đào tạo", "Các sở, ngành, UBND các huyện, thị xã, TP", "Sau khi có hướng dẫn của Bộ GD&ĐT", "UBND tỉnh", "Kế hoạch"],
  ["2", "Kế hoạch phổ cập giáo dục mầm non cho trẻ em mẫu giáo 4 tuổi", "Sở Giáo dục và Đào tạo", "Các sở, ngành, UBND các huyện, TP", "Sau khi có hướng dẫn của Bộ GD&ĐT", "UBND tỉnh", "Kế hoạch"],
  ["3", "Triển khai Đề án hỗ trợ phát triển giáo dục mầm non vùng khó khăn giai đoạn 2021 - 2025", "Sở Giáo dục và Đào tạo", "Các sở, ban, ngành, UBND các huyện, TP", "Sau khi có hướng dẫn của Bộ Giáo dục và ĐT", "UBND tỉnh", "Kế hoạch"],
  ["4", "Triển khai Chương trình Phát triển nhà ở tỉnh Hải Dương giai đoạn 2021-2030, định hướng đến năm 2045.", "Sở Xây dựng", "Các sở, ngành, UBND các huyện, thị xã, TP, các đơn vị liên quan", "2022", "UBND tỉnh", "Kế hoạch"],
  ["5", "Triển khai Chương trình phát triển nhà ở cho công nhân khu công nghiệp", "Sở Xây dựng", "Liên đoàn Lao động tỉnh, các sở, ngành liên quan, UBND các huyện, thị xã, TP", "Sau khi Chính phủ ban hành Chương trình", "UBND tỉnh", "Kế hoạch"],
  ["6", "Triển khai thực hiện Luật Khám bệnh, chữa bệnh sửa đổi", "Sở Y tế", "Các sở, ngành, UBND các huyện, thị xã, TP, các đơn vị liên quan", "2023", "UBND tỉnh", "Kế hoạch"],
  ["7", "Triển khai thực hiện Luật Phòng bệnh, nâng cao sức khỏe", "Sở Y tế", "Các sở, ngành, UBND các huyện, thị xã, TP, các đơn vị liên quan", "2023", "UBND tỉnh", "Kế hoạch"],
  ["8", "Quy hoạch mạng lưới cơ sở y tế quốc gia thời kỳ 2021 - 2030, tầm nhìn đến năm 2045 (Tích hợp vào Quy hoạch tỉnh Hải Dương thời kỳ 2021-2030, tầm nhìn đến năm 2050)", "Sở Kế hoạch & Đầu tư", "Các sở, ngành, UBND các huyện,TP", "2022", "TTCP", "Quy hoạch"],
  ["9", "Triển khai Chương trình mục tiêu Quốc gia xây dựng nông thôn mới tỉnh Hải Dương giai đoạn 2021-2025", "Sở Nông nghiệp và Phát triển nông thôn", "Các sở, ngành, UBND các huyện, TP, các đơn vị liên quan", "2022", "UBND tỉnh", "Kế hoạch"],
  ["10", "Triển khai Nghị định quy định về cấp nước sinh hoạt nông thôn", "Sở Nông nghiệp và Phát triển nông thôn", "Các sở, ngành, UBND các huyện, TP, các đơn vị liên quan", "Sau khi Nghị định được ban hành", "UBND tỉnh", "Kế hoạch"],
  ["11", "Thực hiện Chiến lược Quốc gia cấp nước và vệ sinh môi trường nông thôn đến năm 2030 và tầm nhìn đến 2045", "Sở Nông nghiệp và Phát triển nông thôn", "Các sở, ngành, UBND các huyện, TP, các đơn vị liên quan", "2022- 2030", "UBND tỉnh", "Quyết định/Kế hoạch"],
  ["12", "Triển khai Chương trình cung cấp dịch vụ viễn thông công ích đến năm 2025", "Sở Thông tin và Truyền thông", "Các sở, ngành, UBND các huyện, thị xã, TP, các đơn vị liên quan", "2022", "UBND tỉnh", "Kế hoạch"],
  ["V", "Hiện đại hóa hệ thống quản lý đáp ứng yêu cầu xây dựng và tổ chức thực hiện chính sách xã hội"],
  ["1", "Tiếp tục triển khai “Đề án xây dựng cơ sở dữ liệu quốc gia về an sinh xã hội, ứng dụng công nghệ thông tin vào giải quyết chính sách an sinh xã hội đến năm 2020 và định hướng phát triển đến năm 2030” theo Quyết định số 708/QĐ- TTg ngày 25 tháng 5 năm 2017 của Thủ tướng Chính phủ", "Sở Lao động - Thương binh và Xã hội", "Sở Thông tin và Truyền thông, các đơn vị liên quan, UBND các huyện, thị xã, TP", "2021 - 2025", "", ""],
  ["2", "Triển khai thực hiện Phương án đổi mới thí điểm công tác quản lý, chi trả trợ cấp ưu đãi người có công với cách mạng theo hướng xã hội hoá, thuê đơn vị cung cấp dịch vụ công", "Sở Lao động - Thương binh và Xã hội", "Các sở, ngành, UBND các huyện, TP, các đơn vị liên quan", "2023 - 2025", "UBND tỉnh", "Quyết định/Kế hoạch"],
];

/** Adds Đồng Tháp Phụ lục I (title block, two-row header with merges, rows) to a builder. */
export function addDongThapAppendix1(b: GridBuilder): GridBuilder {
  b.title("PHỤ LỤC I", 7)
    .title("CÁC CHỈ TIÊU CHỦ YẾU VÀ PHÂN CÔNG THỰC HIỆN", 7)
    .title("(Kèm theo Kế hoạch số: 328/KH-UBND ngày 07 tháng 10 năm 2024 của UBND tỉnh Đồng Tháp)", 7);
  const h = b.next;
  b.push(DT_HEADER_1).push(DT_HEADER_2).across(h, 3, 2).across(h, 5, 2);
  return b.rows(DT_INDICATOR_ROWS);
}

/** Adds Đồng Tháp Phụ lục II (title block, header repeated after II.1, rows) to a builder. */
export function addDongThapAppendix2(b: GridBuilder): GridBuilder {
  b.title("PHỤ LỤC II", 5)
    .title("NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN", 5)
    .title("(Kèm theo Kế hoạch số: 328/KH-UBND ngày 07 tháng 10 năm 2024 của UBND tỉnh Đồng Tháp)", 5)
    .push(DT_TASK_HEADER);
  return b.rows(DT_TASK_ROWS, [DT_TASK_HEADER]);
}

/** The Đồng Tháp sheet: Phụ lục I, a blank line, then Phụ lục II. */
export function dongThapSheet(): SeedSheet {
  const b = new GridBuilder();
  addDongThapAppendix1(b).blank();
  return addDongThapAppendix2(b).build();
}

/** The Hải Dương sheet: title block and the task table (no merges: every cell is written). */
export function haiDuongSheet(): SeedSheet {
  const b = new GridBuilder();
  b.title("PHỤ LỤC", 7)
    .title(
      "PHÂN CÔNG THỰC HIỆN CÁC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 1983/QĐ-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ VÀ CHƯƠNG TRÌNH SỐ 20-CTR/TU CỦA TỈNH ỦY VỀ ĐẢM BẢO AN SINH XÃ HỘI TỈNH HẢI DƯƠNG GIAI ĐOẠN 2021-2025",
      7,
    )
    .title("(Kèm theo Kế hoạch số 1768/KH-UBND ngày 20/6/2022 của UBND tỉnh)", 7)
    .push(HD_HEADER);
  return b.rows(HD_TASK_ROWS).build();
}
