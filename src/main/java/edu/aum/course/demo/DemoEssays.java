package edu.aum.course.demo;

import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.entity.Deadlines;
import edu.aum.course.essay.entity.WordBounds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The demo essay assignments of the seed course, with dates relative to the start-up. */
final class DemoEssays {

    /** An assignment's texts and its dates as offsets from now. */
    record Essay(Assignment.Text text, Duration opens, Duration due, Duration cutoff) {
        Deadlines deadlines(Instant now) {
            return new Deadlines(now.plus(opens), now.plus(due), now.plus(cutoff));
        }

        /** "About 600 words": the default bounds. */
        WordBounds words() {
            return WordBounds.standard();
        }
    }

    /** Last year's short response (demo/DemoGrading); its prompt states {@link #shortResponseWords()}. */
    static final Assignment.Text SHORT_RESPONSE = new Assignment.Text(
            "The Alaska Purchase: a short response",
            "Продажа Аляски: короткий ответ",
            "In 100 to 300 words, explain why Russia and the United States agreed to the sale of Alaska in 1867, "
                    + "and how each country has remembered it since.",
            "В 100–300 словах объясните, почему Россия и США договорились о продаже Аляски в 1867 году и как её "
                    + "с тех пор вспоминают в каждой из стран.");

    /** A new instance each time: an embeddable is not shared between entities. */
    static WordBounds shortResponseWords() {
        return new WordBounds(100, 300);
    }

    static final List<Essay> ALL = List.of(
            new Essay(
                    new Assignment.Text(
                            "From Rapprochement to Rivalry, 1991–2008",
                            "От сближения к соперничеству, 1991–2008",
                            "In 1992 Presidents Bush and Yeltsin declared that Russia and the United States no longer regarded "
                                    + "each other as potential adversaries. By the Munich speech of 2007 and the war in Georgia in "
                                    + "2008 the tone had changed. In about 600 words, explain the two or three developments that "
                                    + "mattered most for this change (for example NATO enlargement, Kosovo, the Iraq war, the "
                                    + "colour revolutions or missile defence), and say which of them you think was decisive and why.",
                            "В 1992 году президенты Буш и Ельцин заявили, что Россия и США больше не считают друг друга "
                                    + "потенциальными противниками. К Мюнхенской речи 2007 года и войне в Грузии в 2008 году тон "
                                    + "изменился. Примерно в 600 словах объясните, какие два-три события сильнее всего повлияли на "
                                    + "эту перемену (например, расширение НАТО, Косово, война в Ираке, «цветные революции» или "
                                    + "противоракетная оборона), и укажите, какое из них вы считаете решающим и почему."),
                    Duration.ofDays(-3),
                    Duration.ofDays(4),
                    Duration.ofDays(7)),
            new Essay(
                    new Assignment.Text(
                            "Arms Control after New START",
                            "Контроль над вооружениями после СНВ-3",
                            "New START, signed in Prague in 2010, was the last treaty limiting the strategic nuclear forces of "
                                    + "the United States and Russia. Drawing on the course readings, assess in about 600 words "
                                    + "whether bilateral arms control between Washington and Moscow still has a future, or whether "
                                    + "it must give way to other arrangements (for example including China, or unilateral restraint).",
                            "Договор СНВ-3, подписанный в Праге в 2010 году, стал последним договором, ограничивающим "
                                    + "стратегические ядерные силы США и России. Опираясь на материалы курса, оцените примерно в "
                                    + "600 словах, есть ли будущее у двустороннего контроля над вооружениями между Вашингтоном и "
                                    + "Москвой или ему на смену должны прийти иные договорённости (например, с участием Китая или "
                                    + "односторонние ограничения)."),
                    Duration.ofDays(-10),
                    Duration.ofHours(30),
                    Duration.ofDays(4)),
            new Essay(
                    new Assignment.Text(
                            "Cultural Diplomacy in the Cold War",
                            "Культурная дипломатия в годы холодной войны",
                            "The 1958 Lacy–Zarubin agreement opened the way for exchanges of students, scholars, orchestras and "
                                    + "exhibitions, such as the American National Exhibition in Moscow in 1959. In about 600 words, "
                                    + "discuss what these exchanges achieved for each side and whether they changed how Americans "
                                    + "and Soviet citizens saw each other.",
                            "Соглашение Лэйси — Зарубина 1958 года открыло путь обменам студентами, учёными, оркестрами и "
                                    + "выставками, такими как Американская национальная выставка в Москве в 1959 году. Примерно в "
                                    + "600 словах обсудите, чего эти обмены дали каждой из сторон и изменили ли они то, как "
                                    + "американцы и советские граждане видели друг друга."),
                    Duration.ofDays(10),
                    Duration.ofDays(24),
                    Duration.ofDays(27)),
            new Essay(
                    new Assignment.Text(
                            "The Alaska Purchase Reconsidered",
                            "Продажа Аляски: новый взгляд",
                            "In 1867 Russia sold Alaska to the United States for 7.2 million dollars. Using both American and "
                                    + "Russian perspectives, explain in about 600 words why each government agreed to the sale, and "
                                    + "how the purchase has been remembered in each country since.",
                            "В 1867 году Россия продала Аляску Соединённым Штатам за 7,2 миллиона долларов. Учитывая и "
                                    + "американскую, и российскую точки зрения, объясните примерно в 600 словах, почему каждое из "
                                    + "правительств согласилось на сделку и как её с тех пор вспоминают в обеих странах."),
                    Duration.ofDays(-14),
                    Duration.ofDays(-1),
                    Duration.ofDays(5)));

    private DemoEssays() {}
}
