package org.mastokey.server;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing rules for {@link ServerAddress#parse(String)}. */
final class ServerAddressParser {
    private static final String EXAMPLE = " A server address looks like mastodon.social, a handle like @alice@mastodon.social.";
    /** Mastodon allows letters, digits and underscores; remote software adds dots and dashes. */
    private static final Pattern USER = Pattern.compile("[\\p{L}\\p{N}_.\\-]{1,64}");
    /** host, optional :port, optional path/query/fragment (ignored). IPv6 in brackets. */
    private static final Pattern HOST_PORT_REST = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[^/:?#\\[\\]@]+)(?::([^/?#]*))?([/?#].*)?");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private ServerAddressParser() {
    }

    static ServerAddress parse(String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            throw invalid(InvalidServerAddressException.Problem.EMPTY, "Type the address of your server or your handle." + EXAMPLE);
        }
        if (text.chars().anyMatch(Character::isWhitespace)) {
            throw invalid(InvalidServerAddressException.Problem.SPACES, "An address has no spaces in it." + EXAMPLE);
        }
        if (text.regionMatches(true, 0, "acct:", 0, 5)) {
            text = text.substring(5);
        }
        if (text.contains("://")) {
            return parseUrl(text);
        }
        if (text.startsWith("@")) {
            text = text.substring(1);
            if (!text.contains("@") && !text.isEmpty()) {
                throw invalid(InvalidServerAddressException.Problem.ONLY_USER_NAME, shorten(text), "\"" + shorten(text) + "\" is only a user name; add the server after a second @, e.g. @"
                        + shorten(text) + "@mastodon.social.");
            }
        }
        if (text.contains("@")) {
            return parseHandle(text);
        }
        if (text.contains(":") && !text.startsWith("[") && !text.matches("[^:]+:\\d*([/?#].*)?")) {
            throw invalid(InvalidServerAddressException.Problem.NOT_USABLE, shorten(text), "\"" + shorten(text) + "\" is not a web address Mastokey can use." + EXAMPLE);
        }
        return hostPart(null, text, null);
    }

    private static ServerAddress parseUrl(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid(InvalidServerAddressException.Problem.INVALID_WEB_ADDRESS, shorten(text), "\"" + shorten(text) + "\" is not a valid web address." + EXAMPLE);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw invalid(InvalidServerAddressException.Problem.OTHER_SCHEME, scheme, "Mastokey only connects to servers over https:// (\"" + scheme + "://\" will not work)." + EXAMPLE);
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw invalid(InvalidServerAddressException.Problem.NO_SERVER_NAME, scheme, "The address has no server name after " + scheme + "://." + EXAMPLE);
        }
        if (authority.contains("@")) {
            throw invalid(InvalidServerAddressException.Problem.HANDLE_WITH_SCHEME, "Put a handle without https:// in front, e.g. @alice@mastodon.social.");
        }
        return hostPart(scheme, authority, null);
    }

    private static ServerAddress parseHandle(String text) {
        int at = text.indexOf('@');
        if (text.indexOf('@', at + 1) >= 0) {
            throw invalid(InvalidServerAddressException.Problem.TOO_MANY_AT, "A handle has the form @user@server, with two @ at most." + EXAMPLE);
        }
        String user = text.substring(0, at);
        String domain = text.substring(at + 1);
        if (user.isEmpty()) {
            throw invalid(InvalidServerAddressException.Problem.NO_USER_NAME, "The user name before the @ is missing." + EXAMPLE);
        }
        if (domain.isEmpty()) {
            throw invalid(InvalidServerAddressException.Problem.ONLY_USER_NAME, shorten(user), "\"" + shorten(user) + "\" is only a user name; add the server after a second @, e.g. @"
                    + shorten(user) + "@mastodon.social.");
        }
        if (!USER.matcher(user).matches()) {
            throw invalid(InvalidServerAddressException.Problem.INVALID_USER_NAME, shorten(user), "\"" + shorten(user) + "\" is not a valid user name: use letters, digits and underscores." + EXAMPLE);
        }
        if (domain.contains("/")) {
            throw invalid(InvalidServerAddressException.Problem.HANDLE_WITH_PATH, "A handle ends with the server name, with no / after it." + EXAMPLE);
        }
        return hostPart(null, domain, user);
    }

    /** {@code scheme} is null when none was typed. */
    private static ServerAddress hostPart(String scheme, String text, String user) {
        Matcher m = HOST_PORT_REST.matcher(text);
        if (!m.matches()) {
            throw invalid(InvalidServerAddressException.Problem.NOT_AN_ADDRESS, shorten(text), "\"" + shorten(text) + "\" is not a server address." + EXAMPLE);
        }
        String host = asciiHost(m.group(1));
        int port = port(m.group(2));
        boolean loopback = isLoopback(host);
        if (scheme == null) {
            scheme = loopback ? "http" : "https";
        } else if (scheme.equals("http") && !loopback) {
            throw invalid(InvalidServerAddressException.Problem.PLAIN_HTTP, displayHost(host), "Mastokey only connects to servers over https://, so your sign-in cannot be read on the way. Type https://"
                    + displayHost(host) + " or just " + displayHost(host) + ".");
        }
        if (port == defaultPort(scheme)) {
            port = -1;
        }
        return new ServerAddress(scheme, host, port, user);
    }

    private static String asciiHost(String raw) {
        if (raw.startsWith("[")) {
            String inner = raw.substring(1, raw.length() - 1).toLowerCase(Locale.ROOT);
            if (!inner.equals("::1") && !inner.equals("0:0:0:0:0:0:0:1")) {
                throw invalid(InvalidServerAddressException.Problem.IPV6, "Mastokey does not connect to IPv6 addresses other than [::1]; use the server's name instead.");
            }
            return "::1";
        }
        String host = raw.endsWith(".") ? raw.substring(0, raw.length() - 1) : raw;
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw invalid(InvalidServerAddressException.Problem.INVALID_SERVER_NAME, shorten(raw), "\"" + shorten(raw) + "\" is not a valid server name: it may have letters, digits, dashes and dots." + EXAMPLE);
        }
        if (IPV4.matcher(ascii).matches()) {
            checkIpv4(ascii);
            return ascii;
        }
        if (ascii.equals("localhost")) {
            return ascii;
        }
        if (!ascii.contains(".")) {
            throw invalid(InvalidServerAddressException.Problem.NO_DOT, shorten(raw), "\"" + shorten(raw) + "\" is missing the part after the dot (e.g. .social or .org)." + EXAMPLE);
        }
        if (ascii.length() > 253) {
            throw invalid(InvalidServerAddressException.Problem.NAME_TOO_LONG, "That server name is too long." + EXAMPLE);
        }
        for (String label : ascii.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                throw invalid(InvalidServerAddressException.Problem.INVALID_SERVER_NAME, shorten(raw), "\"" + shorten(raw) + "\" is not a valid server name." + EXAMPLE);
            }
        }
        // A top-level domain starts with a letter (RFC 1123 §2.1, RFC 2396 toplabel); java.net.URI finds no
        // host in "0.0-0" or "example.1a", so such a name could never be connected to.
        if (!ascii.substring(ascii.lastIndexOf('.') + 1).matches("[a-z].*")) {
            throw invalid(InvalidServerAddressException.Problem.INVALID_SERVER_NAME, shorten(raw), "\"" + shorten(raw) + "\" is not a valid server name." + EXAMPLE);
        }
        return ascii;
    }

    private static void checkIpv4(String ip) {
        for (String part : ip.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
                throw invalid(InvalidServerAddressException.Problem.INVALID_IP, ip, "\"" + ip + "\" is not a valid IP address.");
            }
        }
    }

    private static int port(String text) {
        if (text == null) {
            return -1;
        }
        if (text.isEmpty() || !text.matches("\\d{1,5}") || Integer.parseInt(text) == 0 || Integer.parseInt(text) > 65535) {
            throw invalid(InvalidServerAddressException.Problem.INVALID_PORT, "The port after the colon must be a number from 1 to 65535.");
        }
        return Integer.parseInt(text);
    }

    static boolean isLoopback(String asciiHost) {
        return asciiHost.equals("localhost") || asciiHost.equals("::1") || asciiHost.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    private static String displayHost(String ascii) {
        return IDN.toUnicode(ascii);
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static InvalidServerAddressException invalid(InvalidServerAddressException.Problem problem, String message) {
        return new InvalidServerAddressException(problem, "", message);
    }

    /** {@code detail} is the part of the input (or the host) the message quotes. */
    private static InvalidServerAddressException invalid(InvalidServerAddressException.Problem problem, String detail, String message) {
        return new InvalidServerAddressException(problem, detail, message);
    }
}
