package edu.aum.course.demo;

import java.util.ArrayList;
import java.util.List;

/** A plausible essay of about 550 words for demo submissions; the seed varies the order of its paragraphs. */
final class DemoEssayText {

    private static final List<String> PARAGRAPHS = List.of(
            "Relations between Washington and Moscow have rarely followed a straight line. Periods of hope, such as the "
                    + "détente of the early 1970s or the first years after 1991, were followed by disappointment on both "
                    + "sides. Each government read the other's intentions through its own history, its own fears and its "
                    + "own domestic politics. To understand any single turn in the relationship, it is therefore necessary "
                    + "to look at what each side believed it was defending, and at what it thought the other side wanted. "
                    + "This essay argues that misperception mattered at least as much as any conflict of interest, and it "
                    + "draws on memoirs, diplomatic cables and the speeches of both presidents to show how.",
            "The documents of the period show how quickly trust could be lost. Diplomats on both sides wrote of "
                    + "partnership, yet their reports home were full of suspicion. A decision taken in one capital for "
                    + "reasons of domestic politics was often read in the other as a deliberate challenge. Arms control "
                    + "negotiations, trade agreements and cultural exchanges each created channels for contact, but none "
                    + "of them could remove the basic uncertainty about long-term intentions. Where these channels were "
                    + "kept open, crises were managed; where they were closed, small incidents grew into lasting disputes that outlived "
                    + "the officials who had started them and shaped the choices of their successors for years.",
            "It would be too simple, however, to blame misunderstanding alone. Real interests diverged in Europe, in the "
                    + "Middle East and in the control of nuclear weapons. Enlargement of Western institutions looked like "
                    + "the spread of stability from one capital and like encirclement from the other. Economic ties "
                    + "remained thin compared with those between the United States and its allies, so there was little "
                    + "ballast to steady the relationship in bad years. Leaders also faced audiences at home that rewarded "
                    + "firmness more readily than compromise, which narrowed the room for bargaining and "
                    + "made every concession look like a defeat in the eyes of critics at home.",
            "What lessons follow for today? First, regular and professional contact between officials, scholars and "
                    + "citizens is not a reward for good behaviour but a tool for preventing disaster. Second, agreements "
                    + "last longer when both sides can explain them to their own publics as gains. Third, historians "
                    + "should treat each side's fears as evidence to be explained rather than as propaganda to be "
                    + "dismissed. The record of the past decades suggests that even rivals can cooperate on narrow, "
                    + "well-defined problems, and that such cooperation can slowly build the trust that grand declarations "
                    + "promise but seldom deliver. A realistic policy would start there, with modest goals and patient work, "
                    + "measured in years rather than in summits.",
            "In conclusion, the course of the relationship depended on choices, not on fate. The same structural "
                    + "pressures produced confrontation in some decades and cautious cooperation in others. The difference "
                    + "lay in the willingness of leaders to listen, to keep talking during crises and to accept limited "
                    + "agreements instead of waiting for perfect ones. Students of this history should resist both the "
                    + "optimism that expects a lasting partnership and the pessimism that sees only eternal rivalry.");

    private DemoEssayText() {}

    static String html(String title, int seed) {
        List<String> order = new ArrayList<>(PARAGRAPHS.subList(0, 4));
        java.util.Collections.rotate(order, seed % 4);
        StringBuilder html = new StringBuilder("<p><strong>").append(title).append("</strong></p>");
        order.forEach(p -> html.append("<p>").append(p).append("</p>"));
        html.append("<p>").append(PARAGRAPHS.get(4)).append("</p>");
        return html.toString();
    }
}
