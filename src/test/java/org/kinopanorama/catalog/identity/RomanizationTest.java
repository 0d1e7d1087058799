package org.kinopanorama.catalog.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Well-known names come out as English-language film references spell them. */
class RomanizationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Андрей Тарковский, Andrei Tarkovsky",
            "Сергей Бондарчук, Sergei Bondarchuk",
            "Эльдар Рязанов, Eldar Ryazanov",
            "Никита Михалков, Nikita Mikhalkov",
            "Георгий Данелия, Georgy Daneliya",
            "Алексей Герман, Aleksei German",
            "Юрий Никулин, Yuri Nikulin",
            "Евгений Леонов, Yevgeny Leonov",
            "Лариса Шепитько, Larisa Shepitko",
            "Михаил Калатозов, Mikhail Kalatozov",
            "Леонид Гайдай, Leonid Gaidai",
            "Иннокентий Смоктуновский, Innokenty Smoktunovsky",
            "Анатолий Папанов, Anatoly Papanov",
            "Людмила Гурченко, Lyudmila Gurchenko",
            "Олег Янковский, Oleg Yankovsky",
            "Владимир Высоцкий, Vladimir Vysotsky",
            "Вячеслав Тихонов, Vyacheslav Tikhonov",
            "Иван Пырьев, Ivan Pyryev",
            "Сергей Эйзенштейн, Sergei Eisenstein",
            "Дзига Вертов, Dziga Vertov",
            "Кира Муратова, Kira Muratova",
            "Отар Иоселиани, Otar Ioseliani",
            "Сергей Параджанов, Sergei Parajanov",
            "Марлен Хуциев, Marlen Khutsiev",
            "Элем Климов, Elem Klimov",
            "Андрей Кончаловский, Andrei Konchalovsky",
            "Владимир Меньшов, Vladimir Menshov",
            "Георгий Жжёнов, Georgy Zhzhonov",
            "Фёдор Бондарчук, Fyodor Bondarchuk",
            "Татьяна Самойлова, Tatyana Samoilova",
            "Василий Шукшин, Vasily Shukshin",
            "Армен Джигарханян, Armen Dzhigarkhanyan",
            "Чингиз Айтматов, Chingiz Aitmatov",
            "Александр Кайдановский, Aleksandr Kaidanovsky",
            "Анатолий Солоницын, Anatoly Solonitsyn",
            "Эдуард Артемьев, Eduard Artemyev",
            "Аркадий Стругацкий, Arkady Strugatsky",
            "Николай Гринько, Nikolai Grinko",
            "Альфред Шнитке, Alfred Schnittke",
            "Лев Толстой, Lev Tolstoy",
            "Фёдор Достоевский, Fyodor Dostoevsky",
            "Сергей Соловьёв, Sergei Solovyov",
            "Илья Авербах, Ilya Averbakh",
            "Пётр Тодоровский, Pyotr Todorovsky",
            "Григорий Чухрай, Grigory Chukhrai",
            "Мосфильм, Mosfilm",
            "Ленфильм, Lenfilm",
            "Союзмультфильм, Soyuzmultfilm",
            "Грузия-фильм, Gruziya-film",
            "Сталкер, Stalker",
            "А зори здесь тихие, A zori zdes tikhie",
            "Ирония судьбы, Ironiya sudby",
    })
    void wellKnownNames(String cyrillic, String english) {
        assertEquals(english, Romanization.latin(cyrillic));
    }

    @Test
    void capitalsFollowTheCyrillic() {
        assertEquals("SSSR", Romanization.latin("СССР"));
        assertEquals("Shchukin", Romanization.latin("Щукин"));
        assertEquals("Yelena Yakovleva", Romanization.latin("Елена Яковлева"));
    }

    @Test
    void whatIsNotCyrillicIsKept() {
        assertEquals("Boris Levin (1899–1940)", Romanization.latin("Борис Левин (1899–1940)"));
        assertEquals("Zbigniew Cybulski", Romanization.latin("Zbigniew Cybulski"));
        assertNull(Romanization.latin(null));
        assertEquals("", Romanization.latin(""));
    }

    @Test
    void ukrainianAndBelarusianLetters() {
        assertEquals("Vasil Bykaw", Romanization.latin("Васіль Быкаў"));
        assertEquals("Yivan", Romanization.latin("Їван"));
    }

    @Test
    void oddTextComesOutWithoutCyrillicOrFailure() {
        for (String odd : new String[] {"Ъ", "ь", "Й", "ЙЙЙ", "ё", "Андре́й", "Сталкер 🎬 (1979)", "Ӂ Ԙ Ꙁ", "<script>Сталкер</script>",
                "Сталкер".repeat(10_000), "\u0000Ж"}) {
            String latin = Romanization.latin(odd);
            assertFalse(latin.codePoints().anyMatch(c -> c >= 0x0400 && c <= 0x04FF), odd + " -> " + latin);
        }
        assertEquals("<script>Stalker</script>", Romanization.latin("<script>Сталкер</script>"));
    }

    @Test
    void aPersonsOwnNameInLatinLettersWins() {
        assertEquals("Andrzej Wajda", Romanization.latinName("Анджей Вайда", "Andrzej Wajda"));
        assertEquals("Andrei Tarkovsky", Romanization.latinName("Андрей Тарковский", "Андрей Арсеньевич Тарковский"));
        assertEquals("Andrei Tarkovsky", Romanization.latinName("Андрей Тарковский", " 1932 "));
        assertEquals("Andrei Tarkovsky", Romanization.latinName("Андрей Тарковский", null));
    }

    @Test
    void aNameWrittenSurnameFirstIsReadGivenNamesFirst() {
        assertEquals("Mariya Nikolayevna Fyodorova", Romanization.latinName("Фёдорова, Мария Николаевна", null));
        assertEquals("Devi Konstantinovich Abashidze", Romanization.latinName("Абашидзе, Деви Константинович", null));
        // anything else with a comma is left in its own order
        assertEquals("Tsegmed (aktyor, 1905)", Romanization.latinName("Цэгмэд (актёр, 1905)", null));
        assertEquals("Ivanov, Petrov, Sidorov", Romanization.latinName("Иванов, Петров, Сидоров", null));
    }

    @Test
    void onlyCyrillicTextNeedsALatinForm() {
        assertTrue(Romanization.cyrillicOnly("Андрей Тарковский"));
        assertTrue(Romanization.cyrillicOnly("«Бег» (1970)"));
        assertFalse(Romanization.cyrillicOnly("Stalker"));
        assertFalse(Romanization.cyrillicOnly("Stalker / Сталкер"));
        assertFalse(Romanization.cyrillicOnly("1970"));
        assertFalse(Romanization.cyrillicOnly(null));
    }
}
