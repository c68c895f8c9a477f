package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.store.PollStore;

/**
 * A poll file whose election column names a definition that is there but cannot be read stops once, naming the
 * definition's file, line and field. The Korean blind trial's kit gave Lee Jae-myung the alias "Lee", one of his
 * names already (accepted since 7 December 2026): each of the CSV's 15 rows was refused with the same YAML error as its
 * own "field 'election'". The definition here breaks the same way with an alias that names the other candidate.
 * Figures: Realmeter 28 Feb – 1 Mar 2022 and 20–23 Feb 2022 (https://en.yna.co.kr/view/AEN20220302003151315,
 * https://m-en.yna.co.kr/view/AEN20220224007200315).
 */
class BrokenDefinitionOnceTest {
    private static final String DEFINITION = """
            id: kr-2022
            name: South Korean presidential election 2022
            date: 2022-03-09
            office: President
            parties:
              - {id: dpk, name: Democratic}
              - {id: ppp, name: People Power}
            contests:
              president:
                system: fptp
                candidates:
                  - {id: lee, name: Lee Jae-myung, party: dpk, aliases: ["Yoon"]}
                  - {id: yoon, name: Yoon Suk-yeol, party: ppp}
            """;

    @TempDir
    Path dir;

    PollStore store;

    @BeforeEach
    void open() {
        store = PollStore.open(dir.resolve("store.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aDefinitionThatCannotBeReadIsOneErrorNotOnePerRow() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("elections"));
        Files.writeString(data.resolve("elections/kr-2022.yaml"), DEFINITION);
        Files.writeString(data.resolve("aliases.yaml"), "pollsters: {}\n");
        Path file = dir.resolve("polls.csv");
        Files.writeString(file, """
                election,contest,pollster,fieldwork_start,fieldwork_end,sample_size,lee,yoon
                kr-2022,president,Realmeter,2022-02-28,2022-03-01,1007,43.1,46.3
                kr-2022,president,Realmeter,2022-02-20,2022-02-23,2038,40.5,41.9
                """);
        Throwable t = catchThrowable(
                () -> IngestFixtures.ingesterOf(data).ingest(file.toString(), store, IngestSettings.withDefaults()));
        assertThat(t).isInstanceOf(BadInputException.class);
        BadInputException e = (BadInputException) t;
        assertThat(e.getMessage()).contains("kr-2022.yaml:").contains("alias 'Yoon' already names 'yoon'");
        assertThat(e.details()).noneMatch(d -> d.contains("polls.csv:3"));
    }
}
