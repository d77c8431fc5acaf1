package io.daybrief.event;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An embedded H2 database file, kept so that nobody but its owner can reach it.
 *
 * <p>Its folder is owner-only ({@code rwx------}) and so are its files; the local server that lets a second
 * Daybrief command use the file while {@code serve} holds it listens on the loopback interface only; and the
 * login is a password generated for this database and kept beside it in an owner-only file ({@code
 * NAME.password}), since a local server's key alone sits in H2's lock file.
 */
final class EmbeddedFile {

    private static final String PREFIX = "jdbc:h2:file:";
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    static {
        // H2 reads this once, when its first class loads: the local server then listens on loopback only, not on
        // every interface of the machine.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    /** The files H2 and Daybrief keep for a database: data, lock, trace, temporary and password files. */
    private static final java.util.regex.Pattern DATABASE_FILE = java.util.regex.Pattern.compile(
            ".+\\.(mv\\.db|lock\\.db|trace\\.db|temp\\.db|tempFile|password|password\\.tmp|mv\\.db\\.tmp|commands\\.lock|serve\\.lock)");

    private final Path base;

    private EmbeddedFile(Path base) {
        this.base = base;
    }

    /** The embedded file a URL names, or {@code null} for any other kind of database. */
    static EmbeddedFile of(String url) {
        if (!url.startsWith(PREFIX)) {
            return null;
        }
        String path = url.substring(PREFIX.length());
        int settings = path.indexOf(';');
        path = settings < 0 ? path : path.substring(0, settings);
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return new EmbeddedFile(Path.of(path).toAbsolutePath().normalize());
    }

    /**
     * Makes the database's folder (owner-only) if needed, and takes away what others may do in a folder that holds
     * only databases (such as {@code data/}); a folder with other things in it (a home folder) keeps its
     * permissions, and the database's own files are owner-only there.
     */
    void prepareFolder() {
        Path folder = base.getParent();
        try {
            Files.createDirectories(folder);
            if (holdsOnlyDatabases(folder)) {
                restrict(folder, OWNER_FOLDER);
            }
        } catch (IOException e) {
            throw new DatabaseException("cannot make the database folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean holdsOnlyDatabases(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(e -> e.getFileName().toString()).allMatch(name -> DATABASE_FILE.matcher(name).matches());
        }
    }

    /** Makes every file of this database owner-only (H2 creates them with the process's umask). */
    void restrictFiles() {
        String prefix = base.getFileName() + ".";
        try (Stream<Path> files = Files.list(base.getParent())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                restrict(file, Files.isDirectory(file) ? OWNER_FOLDER : OWNER_FILE);
            }
        } catch (IOException e) {
            throw new DatabaseException("cannot make the files of " + base + " owner-only: " + e.getMessage(), e);
        }
    }

    /** How many bytes the database file takes, or 0 before it is created. */
    long size() {
        try {
            Path data = base.resolveSibling(base.getFileName() + ".mv.db");
            return Files.exists(data) ? Files.size(data) : 0;
        } catch (IOException e) {
            throw new DatabaseException("cannot read the size of " + base + ": " + e.getMessage(), e);
        }
    }

    /** Whether the database has been created (H2 keeps it in {@code NAME.mv.db}). */
    boolean exists() {
        return Files.exists(base.resolveSibling(base.getFileName() + ".mv.db"));
    }

    /** The generated password, made and written (owner-only) the first time. */
    String password() {
        Path file = passwordFile();
        try {
            if (Files.exists(file)) {
                String password = Files.readString(file).strip();
                if (!password.isEmpty()) {
                    return password;
                }
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = HexFormat.of().formatHex(random);
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_FILE));
            Files.writeString(temporary, password + "\n");
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return password;
        } catch (UnsupportedOperationException e) {
            throw new DatabaseException("the file system of " + file + " has no owner-only permissions; set"
                    + " database.password (or DAYBRIEF_DATABASE_PASSWORD) yourself", e);
        } catch (IOException e) {
            throw new DatabaseException("cannot read or write the database password in " + file + ": " + e.getMessage(), e);
        }
    }

    /** The lock file whose holder has this process's turn at the database. */
    Path commandLock() {
        return base.resolveSibling(base.getFileName() + ".commands.lock");
    }

    /** The lock file that {@code serve} holds while it runs. */
    Path serveLock() {
        return base.resolveSibling(base.getFileName() + ".serve.lock");
    }

    /** Where the generated password is kept. */
    Path passwordFile() {
        return base.resolveSibling(base.getFileName() + ".password");
    }

    @Override
    public String toString() {
        return base.toString();
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix".toLowerCase(Locale.ROOT))
                && !Files.isSymbolicLink(path)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }
}
