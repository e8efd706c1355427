package jingdu.app.undo;

import java.util.List;


/** A message key and its arguments, rendered in the user's language when shown. */
public record Description(String key, List<String> args) {

    public static Description of(String key, Object... args) {
        return new Description(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
