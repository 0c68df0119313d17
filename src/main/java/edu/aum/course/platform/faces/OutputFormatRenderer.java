package edu.aum.course.platform.faces;

import edu.aum.course.platform.i18n.MessagePatterns;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.ValueHolder;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * h:outputFormat through MessagePatterns (ICU), so that the pages format counts with the same plural rules
 * as the Java code and the mails. Like the standard renderer it writes a span only when the tag has an id of
 * its own or a style, and escapes the text unless escape="false".
 */
public class OutputFormatRenderer extends Renderer {

    private static final List<String> SPAN_ATTRIBUTES = List.of("styleClass", "style", "title", "dir", "lang");

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context, UIComponent component) {
        // the f:param children are arguments, not output
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        Object value = ((ValueHolder) component).getValue();
        String pattern = value == null ? "" : value.toString();
        List<Object> arguments = new ArrayList<>();
        for (UIComponent child : component.getChildren()) {
            if (child instanceof UIParameter parameter && !parameter.isDisable()) {
                arguments.add(parameter.getValue());
            }
        }
        String text = arguments.isEmpty()
                ? pattern
                : MessagePatterns.format(pattern, context.getViewRoot().getLocale(), arguments.toArray());
        ResponseWriter writer = context.getResponseWriter();
        boolean span = hasOwnId(component)
                || SPAN_ATTRIBUTES.stream()
                        .anyMatch(a -> component.getAttributes().get(a) != null);
        if (span) {
            writer.startElement("span", component);
            if (hasOwnId(component)) {
                writer.writeAttribute("id", component.getClientId(context), "id");
            }
            writeAttribute(writer, component, "styleClass", "class");
            for (String name : List.of("style", "title", "dir", "lang")) {
                writeAttribute(writer, component, name, name);
            }
        }
        if (Boolean.FALSE.equals(escape(component))) {
            writer.write(text);
        } else {
            writer.writeText(text, component, "value");
        }
        if (span) {
            writer.endElement("span");
        }
    }

    private static Object escape(UIComponent component) {
        Object escape = component.getAttributes().get("escape");
        return escape instanceof String s ? Boolean.valueOf(s) : escape;
    }

    private static boolean hasOwnId(UIComponent component) {
        return component.getId() != null && !component.getId().startsWith(UIViewRoot.UNIQUE_ID_PREFIX);
    }

    private static void writeAttribute(ResponseWriter writer, UIComponent component, String name, String html)
            throws IOException {
        Object value = component.getAttributes().get(name);
        if (value != null) {
            writer.writeAttribute(html, value, name);
        }
    }
}
