package ai.cromus.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cromus.report.HtmlReportOptions;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The small pieces: escaping, cutting and wrapping, bars, shades, source lines, options. */
class PiecesTest {
  @Test
  void markupBecomesTextAndInvisibleCharactersBecomeVisible() {
    assertThat(Html.escape("<a href=\"x\">&'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;'&lt;/a&gt;");
    assertThat(Html.safe("a\u0000b\nc\u202ed")).isEqualTo("a\\u0000b\\nc\\u202ed");
    assertThat(Html.safe("x\uFFFEy\uFDD0z\uE000")).isEqualTo("x\\u{fffe}y\\u{fdd0}z\\u{e000}");
    assertThat(Html.safe("lone \ud800 pair \ud83d\ude00"))
        .isEqualTo("lone \\ud800 pair \ud83d\ude00");
    assertThat(Html.safe(Html.safe("a\tb\u0007"))).isEqualTo(Html.safe("a\tb\u0007"));
    assertThat(new Html().open("p", "title", "\"><script>").text("</p>").close("p").toString())
        .isEqualTo("<p title=\"&quot;&gt;&lt;script&gt;\">&lt;/p&gt;</p>");
  }

  @Test
  void textsAreCutAndWrappedWithoutSplittingAPair() {
    assertThat(Texts.cut("abcdef", 4)).isEqualTo("abc…");
    assertThat(Texts.cut("ab\ud83d\ude00\ud83d\ude00", 3)).isEqualTo("ab…");
    assertThat(Texts.cut("a\ud83d\ude00\ud83d\ude00x", 3)).isEqualTo("a\ud83d\ude00…");
    assertThat(Texts.wrap("Approve variances above tolerance", 20, 2))
        .containsExactly("Approve variances", "above tolerance");
    assertThat(Texts.wrap("one two three four five six seven", 10, 2))
        .containsExactly("one two", "three fou…");
    assertThat(Texts.wrap("", 10, 2)).containsExactly("");
    assertThat(Texts.num(12.0)).isEqualTo("12");
    assertThat(Texts.num(12.25)).isEqualTo("12.2");
  }

  @Test
  void barsAreSharesOfTheLargestAndShadesFollowALogScale() {
    assertThat(BarTable.percent(new BigDecimal("1"), new BigDecimal("3"))).isEqualTo("33.3%");
    assertThat(BarTable.percent(BigDecimal.ZERO, BigDecimal.ZERO)).isEqualTo("0%");
    assertThat(BarTable.percent(new BigDecimal("-1"), BigDecimal.TEN)).isEqualTo("0%");
    assertThat(MatrixSection.shade(new BigDecimal("10"), 10, 1000)).isZero();
    assertThat(MatrixSection.shade(new BigDecimal("100"), 10, 1000)).isEqualTo(3);
    assertThat(MatrixSection.shade(new BigDecimal("1000"), 10, 1000)).isEqualTo(5);
  }

  @Test
  void sourceLinesEndWhereAReaderEndsThem() {
    SourceLines l = new SourceLines("a\r\nb\rc\nd\n");
    assertThat(l.count()).isEqualTo(5);
    assertThat(l.line(1)).isEqualTo("a");
    assertThat(l.line(2)).isEqualTo("b");
    assertThat(l.line(3)).isEqualTo("c");
    assertThat(l.line(5)).isEmpty();
    String longLine = "x".repeat(1000) + "HERE" + "y".repeat(1000);
    String shown = new SourceLines(longLine).shown(1, 1001);
    assertThat(shown).startsWith("…").endsWith("…").contains("HERE");
    assertThat(shown.length()).isEqualTo(SourceLines.WINDOW + 2);
  }

  @Test
  void optionsRoundTripThroughJson() {
    HtmlReportOptions o =
        HtmlReportOptions.builder()
            .putSources("a.md", "# A\n")
            .scopeFile("s.yaml")
            .excerptLines(3)
            .build();
    String json = ai.cromus.core.CromusJson.write(o);
    assertThat(ai.cromus.core.CromusJson.read(json, HtmlReportOptions.class)).isEqualTo(o);
  }

  @Test
  void optionsBoundTheExcerpt() {
    assertThat(HtmlReportOptions.defaults().excerptLines()).isEqualTo(1);
    assertThatThrownBy(() -> HtmlReportOptions.builder().excerptLines(11).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> HtmlReportOptions.builder().excerptLines(-1).build())
        .isInstanceOf(IllegalStateException.class);
  }
}
