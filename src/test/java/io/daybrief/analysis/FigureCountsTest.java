package io.daybrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What each figure counts, read from invented sentences: one or more for every rule of {@link FigureCounts}. */
class FigureCountsTest {

    private static String counts(String text, String figure) {
        List<Figure> found = FigureFinder.find(text);
        return found.stream().filter(f -> f.text().equals(figure)).findFirst()
                .orElseThrow(() -> new AssertionError(figure + " not found in: " + text + " (found " + found + ")"))
                .counts();
    }

    @Test
    void aCountCarriesWhatHappenedToItAndWhere() {
        assertThat(counts("Gunboats fired two shells at the ferry terminal.", "two")).isEqualTo("shells fired at ferry terminal");
        assertThat(counts("At least 14 people were killed in the Veyra floods.", "At least 14"))
                .isEqualTo("people killed in Veyra floods");
        assertThat(counts("The coastguard rescued 31 fishermen on Tuesday.", "31")).isEqualTo("fishermen rescued");
        assertThat(counts("The port is adding 1,200 new jobs a month.", "1,200")).isEqualTo("new jobs added per month");
    }

    @Test
    void aCountThatAChangeBroughtItToIsOfWhatChanged() {
        assertThat(counts("By noon the number of climbers rescued rose to 23, officials said.", "23"))
                .isEqualTo("climbers rescued");
        assertThat(counts("The Harlow flood toll reached 9 on Friday.", "9")).isEqualTo("flood toll");
        // The tally names what it counts however far back: not "valley", the noun before the verb.
        assertThat(counts("The number of homes lost when the dam broke in the Lusk valley rose to 40.", "40"))
                .isEqualTo("homes lost");
        // A bare count after a verb of harm counts the people harmed.
        assertThat(counts("A blast in the Lusk mine killed 9 on Friday.", "9")).isEqualTo("people killed");
        assertThat(counts("The storm hit Harlow, injuring at least 30.", "at least 30")).isEqualTo("people injured");
        assertThat(counts("The council hired 40 last year.", "40")).isEqualTo("people hired last year");
        // The unit of the figure before ("percentage points") is not what this one counts.
        assertThat(counts("The Veyra bank raised its rate by 0.5 percentage points to 4.5 percent.", "4.5 percent"))
                .isNotEqualTo("points");
    }

    @Test
    void anAgeIsOfThePersonItDescribes() {
        assertThat(counts("The skipper, Ivo Brandt, 47, was unhurt.", "47")).isEqualTo("age of Ivo Brandt");
        assertThat(counts("The 68-year-old Marta Quillan won easily.", "68-year-old")).isEqualTo("age of Marta Quillan");
        assertThat(counts("Workers aged 55 may retire early.", "55")).isEqualTo("age of Workers");
        assertThat(counts("The 73-year-old former Lusk chairman sold his stake.", "73-year-old"))
                .isEqualTo("age of former Lusk chairman");
    }

    @Test
    void aSumOrShareIsOfWhatFollowsOrWhatStandsBefore() {
        assertThat(counts("The port plans 25% tariffs on imported timber.", "25%")).isEqualTo("tariffs on imported timber");
        assertThat(counts("The harbour board has a budget of $40 million.", "$40 million")).isEqualTo("budget");
        assertThat(counts("The council spent $2.5 million on the quay.", "$2.5 million")).isEqualTo("council spent");
        assertThat(counts("The council spent $2.5 million to rebuild the quay.", "$2.5 million"))
                .isEqualTo("spending by council to rebuild the quay");
        assertThat(counts("It would take \u00A340m to buy the club, Lusk said.", "\u00A340m")).isEqualTo("cost to buy the club");
        assertThat(counts("The port needs $5m to finish the Harlow dock.", "$5m")).isEqualTo("sum needed to finish the Harlow dock");
        // Not a cost: money given to someone.
        assertThat(counts("The trust gave $5m to charity.", "$5m")).isNotEqualTo("cost to charity");
        assertThat(counts("A poll put Marta Quillan on 55 percent against Ivo Brandt's 31 percent.", "31 percent"))
                .isEqualTo("Ivo Brandt's share");
    }

    @Test
    void aCountsNounPhraseGoesOnPastAnAnd() {
        assertThat(counts("Power was cut in 18 northern and central Harlow counties.", "18"))
                .isEqualTo("northern and central Harlow counties");
        assertThat(counts("Police said three men and women were arrested.", "three")).isEqualTo("men and women arrested");
        assertThat(counts("Two ships and their crews were lost.", "Two")).isEqualTo("ships");
    }

    @Test
    void aWordBeforeToIsNotWhatASumCounts() {
        assertThat(counts("The port gets an extra $7.5m relative to last year.", "$7.5m")).isNull();
        assertThat(counts("The ferry lost $2m due to the strike.", "$2m")).isEqualTo("ferry losses");
        assertThat(counts("Crews took five passengers to hospital.", "five")).startsWith("passengers");
    }

    @Test
    void aChangeCountsWhatChangedAndItsSizeIsARiseOrFallInIt() {
        String text = "The jobless rate in Veyra fell from 5.7 percent to 5 percent last year.";
        assertThat(counts(text, "5.7 percent")).isEqualTo("jobless rate last year");
        assertThat(counts("Exports to Veyra fell by 12 percent last year.", "12 percent")).isEqualTo("fall in exports last year");
        assertThat(counts("The number of ferry passengers soared by a staggering 71 per cent in May.", "71 per cent"))
                .isEqualTo("rise in number of ferry passengers in May");
        assertThat(counts("The death toll rose by 5 on Sunday.", "5")).isEqualTo("rise in death toll");
    }

    @Test
    void theSecondEndOfARangeOrChangeCountsWhatTheFirstCounts() {
        List<Figure> found = new Analyzer().figures("The jobless rate in Veyra fell from 5.7 percent to 5 percent."
                + " The death toll rose by 5 to 19 on Sunday.");

        assertThat(found).extracting(Figure::text, Figure::counts).containsExactly(
                org.assertj.core.groups.Tuple.tuple("5.7 percent", "jobless rate"),
                org.assertj.core.groups.Tuple.tuple("5 percent", "jobless rate"),
                org.assertj.core.groups.Tuple.tuple("5", "rise in death toll"),
                org.assertj.core.groups.Tuple.tuple("19", "death toll"));
    }

    @Test
    void aMeasureNamesItsDimensionAndAConversionCountsWhatTheFirstFigureCounts() {
        assertThat(counts("The battery sat 3 km away from the harbour.", "3 km")).isEqualTo("distance from harbour");
        List<Figure> storm = FigureFinder.find("The storm dumped about 2 inches (51 millimeters) of rain on the town.");
        assertThat(storm).extracting(Figure::counts).containsExactly("rain on town", "rain on town");
    }

    @Test
    void aDurationIsTheTimeOfWhatFollowsOrOfWhatTheClauseDid() {
        assertThat(counts("Ruiz served 14 years as mayor of Lusk.", "14 years")).isEqualTo("time as mayor");
        assertThat(counts("The four-year contract was signed.", "four-year")).isEqualTo("length of contract");
        assertThat(counts("Callers waited on hold for three hours.", "three hours")).isEqualTo("Callers waited on hold");
    }

    @Test
    void saysNothingRatherThanAStrayWord() {
        assertThat(counts("In all, it was 12.", "12")).isNull();
    }

    @Test
    void aNumberThatNamesSomethingOrJoinsAScoreOrADescriptionIsNoFigure() {
        assertThat(FigureFinder.find("The port invoked section 232 of the harbour code.")).isEmpty();
        assertThat(FigureFinder.find("Ruiz beat Brell 6-4, 6-3 in the final.")).isEmpty();
        assertThat(FigureFinder.find("A five-storey block on the quay collapsed.")).isEmpty();
        assertThat(FigureFinder.find("The judge gave him 4\u00BD years in prison.")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo(4.5));
        assertThat(FigureFinder.find("The firm paid no less than $21 million.")).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("no less than $21 million"));
    }

    @Test
    void aBareCountCountsWhatTheCountBeforeItCounted() {
        assertThat(counts("Of the three Lusk ferries in service, two were damaged.", "two")).isEqualTo("Lusk ferries");
        assertThat(counts("The crew fired bursts of nine and 12 flares.", "nine")).isEqualTo("flares");
        assertThat(counts("The port hired 300 dockers in May and a further 120 in June.", "120"))
                .isEqualTo("dockers hired");
        // In another sentence, a bare count is not taken to be the same thing.
        assertThat(counts("Police found three pistols. The team won 2.", "2")).isNull();
        // Items of a list and the end of a change are not counts standing for an earlier one.
        assertThat(counts("The plan has four parts. One, close the port. Two, dredge the bay.", "Two")).isNull();
        assertThat(counts("Harlow had 40 boats and its fleet later grew to 55.", "55")).isNotEqualTo("boats");
    }

    @Test
    void aCountReadsPastWhatDescribesItsNoun() {
        assertThat(counts("A gunboat fired two 155 mm shells at the quay.", "two")).isEqualTo("shells fired at quay");
        assertThat(counts("The two surviving Lusk pilots will testify.", "two")).isEqualTo("surviving Lusk pilots");
        assertThat(counts("Power was cut in 18 Northern and central Veyra counties as the storm hit.", "18"))
                .isEqualTo("Northern and central Veyra counties");
        assertThat(counts("Ruiz has 14 votes and Brell has 9.", "14")).isEqualTo("votes");
    }

    @Test
    void aDurationBetweenTwoEventsOrOfWhatLasted() {
        assertThat(counts("Three months after the dam broke, the valley was dry.", "Three months"))
                .isEqualTo("time after dam broke");
        assertThat(counts("It was a strike that lasted 1 minute and 45 seconds, the report said.",
                "1 minute and 45 seconds")).isEqualTo("duration of strike");
        assertThat(counts("The Lusk blockade would last four weeks.", "four weeks")).isEqualTo("duration of Lusk blockade");
    }

    @Test
    void aSumOfANamedThingOrOfASubjectOverAStretchOfTime() {
        assertThat(counts("Veyra had a trade gap with Lusk of just under US $2.1 billion in 2024.",
                "just under US $2.1 billion")).isEqualTo("trade gap with Lusk in 2024");
        assertThat(counts("The vacancy rate began the year at 7 percent.", "7 percent")).isEqualTo("vacancy rate");
        assertThat(counts("Port shares ended the week at $12.", "$12")).isEqualTo("port shares");
    }

    @Test
    void aShareOfWhatFollowsAndAChangeOfTheSubjectBeforeIt() {
        assertThat(counts("Eighty percent of the repairs are finished.", "Eighty percent"))
                .isEqualTo("share of repairs finished");
        assertThat(counts("Crews came from more than half the ports in Veyra.", "more than half"))
                .isEqualTo("share of ports in Veyra");
        assertThat(counts("Harbour fees have grown 4 percent this year.", "4 percent")).isEqualTo("growth in harbour fees this year");
        assertThat(counts("Timber exports fell 3 percent in May.", "3 percent")).isEqualTo("fall in timber exports in May");
        // A share compared with another keeps its comparison out of the label.
        // A poll puts a person on a share; the share compared with it is of the same thing.
        assertThat(counts("A poll put Ruiz on 48 percent support compared to Quillans\u2019 27 percent.",
                "48 percent")).isEqualTo("Ruiz\u2019s support");
        assertThat(counts("A poll put Ruiz on 48 percent support compared to Quillans\u2019 27 percent.",
                "27 percent")).isEqualTo("Quillans\u2019 support");
        assertThat(counts("Ana Ruiz, a six-term mayor, took 57 percent of the vote.", "57 percent"))
                .isEqualTo("Ana Ruiz\u2019s share of vote");
        assertThat(counts("Against Quillans\u2019 27 percent, nothing.", "27 percent")).isEqualTo("Quillans\u2019 share");
    }

    @Test
    void aSumAtARateOrRaisedByWhoeverTheClauseNames() {
        assertThat(counts("The port will collect up to R2bn a year in harbour dues.", "up to R2bn"))
                .isEqualTo("harbour dues per year");
        assertThat(counts("Ruiz beat a rival who raised more than $1.2 million from small donors.", "more than $1.2 million"))
                .isEqualTo("money raised by rival from small donors");
        assertThat(FigureFinder.find("Callers were told to wait for as long as three hours.")).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("as long as three hours"));
    }

    @Test
    void clockTimesScoresAndBrokenNumbersAreNoCountsAndLendNoLabels() {
        // Copy that puts spaces around marks: a score, a clock time and minutes are not figures.
        assertThat(FigureFinder.find("Veyra took a 3 - 1 lead with 2 : 15 to play.")).isEmpty();
        assertThat(FigureFinder.find("The ferry left at 9 : 40 p.m. on Friday.")).isEmpty();
        // A number broken by a space after its comma does not stand alone for the count before it.
        assertThat(counts("The crews dredged 310 metres, taking the total to 2, 417.", "417")).isNull();
        // A number in words is one figure, whatever its parts.
        assertThat(FigureFinder.find("Crews cleared three hundred and fifty two homes.")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo(352.0))
                .satisfies(f -> assertThat(f.counts()).isEqualTo("homes cleared"));
        assertThat(counts("He had twenty one goals and three assists.", "twenty one")).isEqualTo("goals");
        // A bare toll word after a count says who was harmed.
        assertThat(counts("At least 9 people were killed and 31 wounded.", "31")).isEqualTo("people wounded");
    }

    @Test
    void whatASumIsInAndWhatTheClauseWillDoWithIt() {
        assertThat(counts("The port won $5m in damages from the builder.", "$5m")).isEqualTo("damages");
        assertThat(counts("The club will also lose \u00A310m over the winter.", "\u00A310m")).isEqualTo("club losses");
        assertThat(counts("The agency will receive an additional R7.5bn next year.", "R7.5bn"))
                .isEqualTo("money received by agency next year");
        assertThat(counts("Revisions left the combined total falling by 7,000.", "7,000")).isEqualTo("fall in combined total");
    }

    @Test
    void aCountSaysWhatItIsOrWhatHappenedToIt() {
        assertThat(counts("They sailed to Lusk when all four were harbour pilots.", "four"))
                .isEqualTo("harbour pilots");
        assertThat(counts("Some 4,100 are registered Greens.", "Some 4,100")).isEqualTo("registered Greens");
        assertThat(counts("Police said 4 were arrested in Lusk.", "4")).isEqualTo("people arrested");
        // An adjective is not what is counted, and no noun is borrowed from another sentence.
        assertThat(counts("They met three ministers. Of the accounts, two were fake.", "two")).isNull();
    }

    @Test
    void aSumKeepsItsOwner() {
        assertThat(counts("Bates left after Ana Ruiz's \u00A3140m takeover at the Lusk club.", "\u00A3140m"))
                .isEqualTo("Ana Ruiz's takeover at Lusk club");
        assertThat(counts("Harbour Re, the largest insurer in Veyra, said that its exposure is less than $9m.",
                "less than $9m")).isEqualTo("Harbour Re exposure");
        // A sentence that opens with no name gives the pronoun no owner.
        assertThat(counts("The company said its losses were $5m.", "$5m")).isEqualTo("losses");
    }

    @Test
    void oneInNIsAShareOfWhatFollows() {
        assertThat(FigureFinder.find("One in five pilots who sail it ends up ashore.")).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("One in five"))
                .satisfies(f -> assertThat(f.value()).isEqualTo(0.2))
                .satisfies(f -> assertThat(f.unit()).isEqualTo("fraction"))
                .satisfies(f -> assertThat(f.counts()).isEqualTo("share of pilots"));
        assertThat(FigureFinder.find("That includes about 1 in 10 dockers.")).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("about 1 in 10"))
                .satisfies(f -> assertThat(f.approx()).isTrue());
        // "One" inside a name is no share.
        assertThat(counts("Lusk took control of Harbour One in three separate deals.", "three")).isEqualTo("separate deals");
    }
    @Test
    void aStretchOfTimeSaysWhatHappenedInIt() {
        assertThat(counts("The port will also lose $3m over the next six months.", "six months"))
                .isEqualTo("period in which port will lose $3m");
        assertThat(counts("A docking with the Lusk station six hours later was called off.", "six hours"))
                .isEqualTo("time before planned docking with Lusk station".replace("planned ", ""));
        assertThat(counts("In the two weeks since Ruiz filed her appeal, nothing has moved.", "two weeks"))
                .isEqualTo("time since Ruiz filed her appeal");
        assertThat(counts("The panel said that the backlog has grown over the past three years.", "three years"))
                .isEqualTo("period in which backlog has grown");
        // A period needs its clause to tell an event; a noun phrase alone tells none.
        assertThat(counts("Orrin opened a library, its first new library in 35 years.", "35 years")).isNull();
        // "by the end of next year" is the time of something else.
        assertThat(counts("Skylark raised $62 million and plans to launch by the end of next year.", "$62 million"))
                .isEqualTo("money raised by Skylark");
    }

    @Test
    void aFigureSaysWhenItHeld() {
        assertThat(counts("Veyra added 12,000 jobs in September.", "12,000")).isEqualTo("jobs added in September");
        assertThat(counts("In 2025, the port averaged 300 sailings a month.", "300")).isEqualTo("sailings averaged per month in 2025");
        // "from this year" starts a stretch; it is not when the figure held.
        assertThat(counts("The levy was cut to $2m from this year.", "$2m")).doesNotContain("this year");
    }

    @Test
    void aPersonIsNamedAsFullyAsTheReportNamesThem() {
        List<Figure> found = new Analyzer().figures("Marta Quillan chairs the Lusk board. Quillan, 54, and her "
                + "deputy were re-elected. Ivo Brandt withdrew his $25m offer.");
        assertThat(found).extracting(Figure::text, Figure::counts).contains(
                org.assertj.core.groups.Tuple.tuple("54", "age of Marta Quillan"),
                org.assertj.core.groups.Tuple.tuple("$25m", "Ivo Brandt\u2019s offer"));
        // A possessive pronoun needs a named subject: a place before it is no owner.
        assertThat(counts("Brandt was close to a takeover of Lusk but withdrew his $25m offer.", "$25m"))
                .isEqualTo("Brandt\u2019s offer");
        assertThat(counts("The board left their loans of $4m in the company.", "$4m")).isEqualTo("loans");
    }

    @Test
    void whatAnEstimateOrATallyPutsAtTheFigure() {
        assertThat(counts("Officials put the cost of the repairs to the Harlow quay at $4m.", "$4m"))
                .isEqualTo("cost of repairs to Harlow quay");
        assertThat(counts("The number of ferries sailing has risen sharply from a handful in 2019 to over 100 today.",
                "over 100")).isEqualTo("ferries sailing");
        assertThat(counts("The plan will increase ferry capacity by 20 percent.", "20 percent"))
                .isEqualTo("increase in ferry capacity");
    }

    @Test
    void aCountKeepsWhatItIsOfForOrIn() {
        assertThat(counts("Lusk held four rounds of talks with Veyra.", "four")).startsWith("rounds of talks");
        assertThat(counts("Six attempts to refloat the ferry failed.", "Six")).isEqualTo("attempts to refloat ferry");
        assertThat(counts("More than 9,000 homes were without power.", "More than 9,000"))
                .isEqualTo("homes without power");
        assertThat(counts("Harlow adds 4,000 jobs.", "4,000")).isEqualTo("jobs added");
        assertThat(counts("Four of the pilots were in their 80s.", "Four")).startsWith("pilots");
        assertThat(counts("Ruiz, a six-term mayor, won again.", "six-term")).isEqualTo("terms as mayor");
        assertThat(counts("The census counts 4,000 residents.", "4,000")).isEqualTo("residents");
        assertThat(counts("Crews were evacuating 300 people.", "300")).isEqualTo("people evacuated");
    }

    @Test
    void aCountAnActWasDoneToAndAStatisticKeepItsWords() {
        assertThat(counts("The club faced the deduction of 10 points by the league.", "10")).isEqualTo("deduction of points");
        assertThat(counts("Here the average hourly wage is $30.93.", "$30.93")).isEqualTo("average hourly wage");
        assertThat(counts("That beats the annual pace of around 2 percent maintained before.", "around 2 percent"))
                .isEqualTo("annual pace");
        assertThat(counts("Two of three ferries are found in Lusk.", "Two")).isEqualTo("ferries found in Lusk");
        assertThat(counts("Winds gusting at times to 55 mph (88 kph) may topple trees.", "55 mph")).isEqualTo("winds gusting");
        assertThat(FigureFinder.find("A tank holds about 2,750 tons, or 2,500 metric tons, of water.")).extracting(Figure::counts)
                .containsOnly("water");
        assertThat(counts("The tentative deal, announced Friday, would last four years.", "four years"))
                .isEqualTo("duration of tentative deal");
        assertThat(counts("The other outgoing directors have agreed to leave their loans of $4m in the company.", "$4m"))
                .isEqualTo("loans of other outgoing directors");
    }

    @Test
    void aCountNamedElsewhereInItsSentenceOrHeadline() {
        assertThat(counts("Storm claims 'less than $10bn'\n\nInsurers said on Monday.", "less than $10bn"))
                .isEqualTo("storm claims");
        // In running text a noun before a figure is not enough: "the port's 40" says nothing.
        assertThat(counts("Harlow toll 'rises'\n\nThe ferry sank with 40 aboard.", "40")).isNotEqualTo("ferry sank");
        assertThat(counts("The overall number of ferry pilots has \u2018risen sharply from a few dozen ... a decade ago "
                + "to more than 2,500 today,\u2019 the board said.", "more than 2,500")).isEqualTo("ferry pilots");
        assertThat(counts("Hundreds of volunteers are working in Lusk and Veyra, around 100 in Harlow.", "around 100"))
                .isEqualTo("volunteers in Harlow");
        assertThat(counts("The comet was seen on more than one night out of 17.", "17")).isEqualTo("nights");
    }

    @Test
    void fixedPhrasesSayWhatAFigureIs() {
        assertThat(counts("Marta Quillan, who ran the Lusk ferries, died at 92.", "92")).isEqualTo("age at death");
        assertThat(counts("The state is suing Harbour Re for $40 million.", "$40 million"))
                .isEqualTo("damages sought from Harbour Re");
        assertThat(counts("The issues named were fares (34 percent), the economy (33 percent) and safety (15 percent).",
                "15 percent")).isEqualTo("share for safety");
        assertThat(counts("In the poll, 33% would be scared of a closure.", "33%")).isEqualTo("share who would be scared");
        assertThat(counts("A poll put Ruiz on 48 percent support.", "48 percent")).isEqualTo("Ruiz\u2019s support");
        // Ten digits or more with no separators are an identifier, not a figure.
        assertThat(FigureFinder.find("<post id=\"677669901075656708\"> The ferry carried 40 people.")).extracting(Figure::text)
                .containsExactly("40");
    }

    @Test
    void aSumAVerbMovesIsNamedByTheVerb() {
        assertThat(counts("Ivo Brandt has allocated R4bn to the Lusk Harbour Authority (Lusha).", "R4bn"))
                .isEqualTo("allocation by Ivo Brandt to Lusha");
        assertThat(counts("He made a proposal to invest $10m in the Harlow ferry.", "$10m"))
                .isEqualTo("investment in Harlow ferry");
        assertThat(counts("The port has paid out $300m to cover storm damage.", "$300m"))
                .isEqualTo("payouts by port to cover storm damage");
        assertThat(counts("The agency will receive an additional $7m.", "$7m")).isEqualTo("money received by agency");
    }

    @Test
    void aMeasureJoinedToItsDimensionMeasuresWhatFollows() {
        List<Figure> found = FigureFinder.find("The 1,900-mile-wide (3,100 km) Veyra moon orbits slowly.");
        assertThat(found).extracting(Figure::counts).containsOnly("width of Veyra");
        assertThat(counts("They crossed the 300-metre-long Lusk Bridge.", "300-metre")).isEqualTo("length of Lusk Bridge");
    }
}
