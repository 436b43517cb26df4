package vn.motcua.platform.web;

import java.beans.PropertyEditorSupport;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import vn.motcua.platform.text.CleanText;
import vn.motcua.platform.text.Verbatim;

/**
 * Where text enters through a request, {@link CleanText} applies: the {@link RequestCheck} filter
 * (query strings, form bodies), the JSON binding of request bodies (every {@code String}, at any depth,
 * composed to NFC; a refused one names its path) and the binding of form fields, query and path
 * parameters and headers (a {@code String} editor that composes to NFC and refuses the same characters).
 * Only request bodies are read with the checking mapper: stored JSON is read back as it was written.
 */
@Configuration(proxyBeanMethods = false)
class TextInput {

    /** Early, but after Spring's character-encoding filter: form bodies must be read as UTF-8. */
    static final int REQUEST_CHECK_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    @Bean
    FilterRegistrationBean<RequestCheck> requestCheck(ErrorResponses errors) {
        FilterRegistrationBean<RequestCheck> registration = new FilterRegistrationBean<>(new RequestCheck(errors));
        registration.setOrder(REQUEST_CHECK_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    @Order(10)
    ServerHttpMessageConvertersCustomizer checkedJsonBodies(JsonMapper jsonMapper) {
        JsonMapper checking = jsonMapper.rebuild().addModule(module()).build();
        return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(checking));
    }

    static SimpleModule module() {
        return new SimpleModule("motcua-clean-text").addDeserializer(String.class, new CleanStringDeserializer(true));
    }

    /** A text of a request body that {@link CleanText} refuses, with the reason's message key. */
    static final class RefusedText extends InvalidFormatException {

        private final String messageKey;

        RefusedText(JsonParser parser, String messageKey) {
            super(parser, "Text refused: " + messageKey, null, String.class);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    /** Jackson's own string reading, then {@link CleanText}: refused characters, NFC unless {@link Verbatim}. */
    static final class CleanStringDeserializer extends StdScalarDeserializer<String> {

        private final boolean compose;

        CleanStringDeserializer(boolean compose) {
            super(String.class);
            this.compose = compose;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean verbatim = property != null && property.getAnnotation(Verbatim.class) != null;
            return verbatim == !compose ? this : new CleanStringDeserializer(!verbatim);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text == null) {
                return null;
            }
            String problem = CleanText.problem(text, true);
            if (problem != null) {
                throw new RefusedText(parser, problem);
            }
            return compose ? CleanText.nfc(text) : text;
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) {
            return "";
        }

        @Override
        public boolean isCachable() {
            return false;
        }

        @Override
        public tools.jackson.databind.type.LogicalType logicalType() {
            return tools.jackson.databind.type.LogicalType.Textual;
        }
    }

    /** Form fields, query and path parameters and headers bound to {@code String}: NFC, refused characters refused. */
    @ControllerAdvice
    static class Binding {

        @InitBinder
        void cleanText(WebDataBinder binder) {
            // Registering an editor fixes how the binder reaches properties: choose field access first.
            // The target may not exist yet (constructor binding): judge by the target's type.
            Class<?> type = binder.getTarget() != null ? binder.getTarget().getClass()
                    : binder.getTargetType() != null ? binder.getTargetType().toClass() : Object.class;
            if (FieldBoundForm.class.isAssignableFrom(type)) {
                binder.setAutoGrowCollectionLimit(FieldBoundForm.collectionLimitOf(type));
                binder.initDirectFieldAccess();
            }
            binder.registerCustomEditor(String.class, new CleanTextEditor());
        }
    }

    /** A value refused by {@link CleanText} while binding; the message key says why. */
    static final class RefusedValue extends IllegalArgumentException {

        private final String messageKey;

        RefusedValue(String messageKey) {
            super("Text refused: " + messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    static final class CleanTextEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            String problem = CleanText.problem(text, true);
            if (problem != null) {
                throw new RefusedValue(problem);
            }
            setValue(CleanText.nfc(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
