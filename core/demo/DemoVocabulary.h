#pragma once

// Tables the demo generator draws from: places, names, streets, establishments. Everything here
// is fictional or generic (common first and last names, ordinary street names); combined at
// random, they name no real person. The authorities (CPAM, DDPP) follow resources/law/departements.json.

#include <QStringView>

#include <array>

namespace saisine::demo {

// Where names are drawn from, so that a case in Mamoudzou does not read like one in Lille.
enum class NameGroup {
    French,
    Maghreb,
    WestAfrica,
    SouthernEurope,
    EasternEurope,
    EastAsia,
    Turkey,
    SouthAsia,
    Antilles,
    Reunion,
    Mayotte,
};
inline constexpr int nameGroupCount = 11;

struct Locality
{
    QStringView postcode;
    QStringView city;
    QStringView departement;
    QStringView ofDepartement; // "du Rhône", for the names of the departmental councils
    QStringView fund; // the local health insurance fund (CPAM, CGSS, CSS)
    QStringView ddpp; // consumer protection office, for refusals of sale
    QStringView ofRegion; // "d'Auvergne-Rhône-Alpes", for the regional councils
    QStringView landline; // prefix of landline numbers
    QStringView mobile; // prefix of mobile numbers overseas; empty: 06 or 07
    NameGroup localNames; // French in metropolitan France: the mix applies
    int weight;
};

// clang-format off
inline constexpr Locality localities[] = {
    {u"75011", u"Paris", u"75", u"de Paris", u"CPAM de Paris", u"DDPP / DDETSPP de Paris", u"d'Île-de-France", u"01", u"", NameGroup::French, 6},
    {u"75018", u"Paris", u"75", u"de Paris", u"CPAM de Paris", u"DDPP / DDETSPP de Paris", u"d'Île-de-France", u"01", u"", NameGroup::French, 6},
    {u"75020", u"Paris", u"75", u"de Paris", u"CPAM de Paris", u"DDPP / DDETSPP de Paris", u"d'Île-de-France", u"01", u"", NameGroup::French, 5},
    {u"75013", u"Paris", u"75", u"de Paris", u"CPAM de Paris", u"DDPP / DDETSPP de Paris", u"d'Île-de-France", u"01", u"", NameGroup::French, 4},
    {u"93200", u"Saint-Denis", u"93", u"de la Seine-Saint-Denis", u"CPAM de la Seine-Saint-Denis", u"DDPP / DDETSPP de la Seine-Saint-Denis", u"d'Île-de-France", u"01", u"", NameGroup::French, 5},
    {u"93100", u"Montreuil", u"93", u"de la Seine-Saint-Denis", u"CPAM de la Seine-Saint-Denis", u"DDPP / DDETSPP de la Seine-Saint-Denis", u"d'Île-de-France", u"01", u"", NameGroup::French, 3},
    {u"93000", u"Bobigny", u"93", u"de la Seine-Saint-Denis", u"CPAM de la Seine-Saint-Denis", u"DDPP / DDETSPP de la Seine-Saint-Denis", u"d'Île-de-France", u"01", u"", NameGroup::French, 2},
    {u"94000", u"Créteil", u"94", u"du Val-de-Marne", u"CPAM du Val-de-Marne", u"DDPP / DDETSPP du Val-de-Marne", u"d'Île-de-France", u"01", u"", NameGroup::French, 3},
    {u"92000", u"Nanterre", u"92", u"des Hauts-de-Seine", u"CPAM des Hauts-de-Seine", u"DDPP / DDETSPP des Hauts-de-Seine", u"d'Île-de-France", u"01", u"", NameGroup::French, 2},
    {u"95100", u"Argenteuil", u"95", u"du Val-d'Oise", u"CPAM du Val-d'Oise", u"DDPP / DDETSPP du Val-d'Oise", u"d'Île-de-France", u"01", u"", NameGroup::French, 2},
    {u"91000", u"Évry-Courcouronnes", u"91", u"de l'Essonne", u"CPAM de l'Essonne", u"DDPP / DDETSPP de l'Essonne", u"d'Île-de-France", u"01", u"", NameGroup::French, 2},
    {u"77100", u"Meaux", u"77", u"de Seine-et-Marne", u"CPAM de Seine-et-Marne", u"DDPP / DDETSPP de Seine-et-Marne", u"d'Île-de-France", u"01", u"", NameGroup::French, 1},
    {u"69003", u"Lyon", u"69", u"du Rhône", u"CPAM du Rhône", u"DDPP / DDETSPP du Rhône", u"d'Auvergne-Rhône-Alpes", u"04", u"", NameGroup::French, 5},
    {u"69008", u"Lyon", u"69", u"du Rhône", u"CPAM du Rhône", u"DDPP / DDETSPP du Rhône", u"d'Auvergne-Rhône-Alpes", u"04", u"", NameGroup::French, 3},
    {u"69100", u"Villeurbanne", u"69", u"du Rhône", u"CPAM du Rhône", u"DDPP / DDETSPP du Rhône", u"d'Auvergne-Rhône-Alpes", u"04", u"", NameGroup::French, 3},
    {u"69200", u"Vénissieux", u"69", u"du Rhône", u"CPAM du Rhône", u"DDPP / DDETSPP du Rhône", u"d'Auvergne-Rhône-Alpes", u"04", u"", NameGroup::French, 2},
    {u"38000", u"Grenoble", u"38", u"de l'Isère", u"CPAM de l'Isère", u"DDPP / DDETSPP de l'Isère", u"d'Auvergne-Rhône-Alpes", u"04", u"", NameGroup::French, 2},
    {u"63000", u"Clermont-Ferrand", u"63", u"du Puy-de-Dôme", u"CPAM du Puy-de-Dôme", u"DDPP / DDETSPP du Puy-de-Dôme", u"d'Auvergne-Rhône-Alpes", u"04", u"", NameGroup::French, 1},
    {u"13001", u"Marseille", u"13", u"des Bouches-du-Rhône", u"CPAM des Bouches-du-Rhône", u"DDPP / DDETSPP des Bouches-du-Rhône", u"de Provence-Alpes-Côte d'Azur", u"04", u"", NameGroup::French, 4},
    {u"13015", u"Marseille", u"13", u"des Bouches-du-Rhône", u"CPAM des Bouches-du-Rhône", u"DDPP / DDETSPP des Bouches-du-Rhône", u"de Provence-Alpes-Côte d'Azur", u"04", u"", NameGroup::French, 3},
    {u"13100", u"Aix-en-Provence", u"13", u"des Bouches-du-Rhône", u"CPAM des Bouches-du-Rhône", u"DDPP / DDETSPP des Bouches-du-Rhône", u"de Provence-Alpes-Côte d'Azur", u"04", u"", NameGroup::French, 1},
    {u"06000", u"Nice", u"06", u"des Alpes-Maritimes", u"CPAM des Alpes-Maritimes", u"DDPP / DDETSPP des Alpes-Maritimes", u"de Provence-Alpes-Côte d'Azur", u"04", u"", NameGroup::French, 2},
    {u"83000", u"Toulon", u"83", u"du Var", u"CPAM du Var", u"DDPP / DDETSPP du Var", u"de Provence-Alpes-Côte d'Azur", u"04", u"", NameGroup::French, 1},
    {u"84000", u"Avignon", u"84", u"de Vaucluse", u"CPAM de Vaucluse", u"DDPP / DDETSPP de Vaucluse", u"de Provence-Alpes-Côte d'Azur", u"04", u"", NameGroup::French, 1},
    {u"34000", u"Montpellier", u"34", u"de l'Hérault", u"CPAM de l'Hérault", u"DDPP / DDETSPP de l'Hérault", u"d'Occitanie", u"04", u"", NameGroup::French, 2},
    {u"30000", u"Nîmes", u"30", u"du Gard", u"CPAM du Gard", u"DDPP / DDETSPP du Gard", u"d'Occitanie", u"04", u"", NameGroup::French, 1},
    {u"31000", u"Toulouse", u"31", u"de la Haute-Garonne", u"CPAM de la Haute-Garonne", u"DDPP / DDETSPP de la Haute-Garonne", u"d'Occitanie", u"05", u"", NameGroup::French, 3},
    {u"66000", u"Perpignan", u"66", u"des Pyrénées-Orientales", u"CPAM des Pyrénées-Orientales", u"DDPP / DDETSPP des Pyrénées-Orientales", u"d'Occitanie", u"04", u"", NameGroup::French, 1},
    {u"33000", u"Bordeaux", u"33", u"de la Gironde", u"CPAM de la Gironde", u"DDPP / DDETSPP de la Gironde", u"de Nouvelle-Aquitaine", u"05", u"", NameGroup::French, 3},
    {u"64000", u"Pau", u"64", u"des Pyrénées-Atlantiques", u"CPAM de Pau-Pyrénées", u"DDPP / DDETSPP des Pyrénées-Atlantiques", u"de Nouvelle-Aquitaine", u"05", u"", NameGroup::French, 1},
    {u"87000", u"Limoges", u"87", u"de la Haute-Vienne", u"CPAM de la Haute-Vienne", u"DDPP / DDETSPP de la Haute-Vienne", u"de Nouvelle-Aquitaine", u"05", u"", NameGroup::French, 1},
    {u"59000", u"Lille", u"59", u"du Nord", u"CPAM de Lille-Douai", u"DDPP / DDETSPP du Nord", u"des Hauts-de-France", u"03", u"", NameGroup::French, 3},
    {u"59100", u"Roubaix", u"59", u"du Nord", u"CPAM de Roubaix-Tourcoing", u"DDPP / DDETSPP du Nord", u"des Hauts-de-France", u"03", u"", NameGroup::French, 2},
    {u"80000", u"Amiens", u"80", u"de la Somme", u"CPAM de la Somme", u"DDPP / DDETSPP de la Somme", u"des Hauts-de-France", u"03", u"", NameGroup::French, 1},
    {u"67000", u"Strasbourg", u"67", u"du Bas-Rhin", u"CPAM du Bas-Rhin", u"DDPP / DDETSPP du Bas-Rhin", u"du Grand Est", u"03", u"", NameGroup::French, 2},
    {u"57000", u"Metz", u"57", u"de la Moselle", u"CPAM de la Moselle", u"DDPP / DDETSPP de la Moselle", u"du Grand Est", u"03", u"", NameGroup::French, 1},
    {u"51100", u"Reims", u"51", u"de la Marne", u"CPAM de la Marne", u"DDPP / DDETSPP de la Marne", u"du Grand Est", u"03", u"", NameGroup::French, 1},
    {u"21000", u"Dijon", u"21", u"de la Côte-d'Or", u"CPAM de la Côte-d'Or", u"DDPP / DDETSPP de la Côte-d'Or", u"de Bourgogne-Franche-Comté", u"03", u"", NameGroup::French, 1},
    {u"25000", u"Besançon", u"25", u"du Doubs", u"CPAM du Doubs", u"DDPP / DDETSPP du Doubs", u"de Bourgogne-Franche-Comté", u"03", u"", NameGroup::French, 1},
    {u"44000", u"Nantes", u"44", u"de la Loire-Atlantique", u"CPAM de la Loire-Atlantique", u"DDPP / DDETSPP de la Loire-Atlantique", u"des Pays de la Loire", u"02", u"", NameGroup::French, 2},
    {u"35000", u"Rennes", u"35", u"d'Ille-et-Vilaine", u"CPAM d'Ille-et-Vilaine", u"DDPP / DDETSPP d'Ille-et-Vilaine", u"de Bretagne", u"02", u"", NameGroup::French, 2},
    {u"29200", u"Brest", u"29", u"du Finistère", u"CPAM du Finistère", u"DDPP / DDETSPP du Finistère", u"de Bretagne", u"02", u"", NameGroup::French, 1},
    {u"76600", u"Le Havre", u"76", u"de la Seine-Maritime", u"CPAM du Havre", u"DDPP / DDETSPP de la Seine-Maritime", u"de Normandie", u"02", u"", NameGroup::French, 1},
    {u"45000", u"Orléans", u"45", u"du Loiret", u"CPAM du Loiret", u"DDPP / DDETSPP du Loiret", u"du Centre-Val de Loire", u"02", u"", NameGroup::French, 1},
    {u"20000", u"Ajaccio", u"2A", u"de la Corse-du-Sud", u"CPAM de la Corse-du-Sud", u"DDPP / DDETSPP de la Corse-du-Sud", u"de Corse", u"0495", u"", NameGroup::French, 1},
    {u"20090", u"Ajaccio", u"2A", u"de la Corse-du-Sud", u"CPAM de la Corse-du-Sud", u"DDPP / DDETSPP de la Corse-du-Sud", u"de Corse", u"0495", u"", NameGroup::French, 1},
    {u"20200", u"Bastia", u"2B", u"de la Haute-Corse", u"CPAM de la Haute-Corse", u"DDPP / DDETSPP de la Haute-Corse", u"de Corse", u"0495", u"", NameGroup::French, 1},
    {u"20250", u"Corte", u"2B", u"de la Haute-Corse", u"CPAM de la Haute-Corse", u"DDPP / DDETSPP de la Haute-Corse", u"de Corse", u"0495", u"", NameGroup::French, 1},
    {u"97110", u"Pointe-à-Pitre", u"971", u"de la Guadeloupe", u"CGSS de la Guadeloupe", u"DDPP / DDETSPP de la Guadeloupe", u"de la Guadeloupe", u"0590", u"0690", NameGroup::Antilles, 1},
    {u"97139", u"Les Abymes", u"971", u"de la Guadeloupe", u"CGSS de la Guadeloupe", u"DDPP / DDETSPP de la Guadeloupe", u"de la Guadeloupe", u"0590", u"0691", NameGroup::Antilles, 1},
    {u"97200", u"Fort-de-France", u"972", u"de la Martinique", u"CGSS de la Martinique", u"DDPP / DDETSPP de la Martinique", u"de la Martinique", u"0596", u"0696", NameGroup::Antilles, 1},
    {u"97300", u"Cayenne", u"973", u"de la Guyane", u"CGSS de la Guyane", u"DDPP / DDETSPP de la Guyane", u"de la Guyane", u"0594", u"0694", NameGroup::Antilles, 1},
    {u"97400", u"Saint-Denis", u"974", u"de La Réunion", u"CGSS de La Réunion", u"DDPP / DDETSPP de La Réunion", u"de La Réunion", u"0262", u"0692", NameGroup::Reunion, 1},
    {u"97410", u"Saint-Pierre", u"974", u"de La Réunion", u"CGSS de La Réunion", u"DDPP / DDETSPP de La Réunion", u"de La Réunion", u"0262", u"0693", NameGroup::Reunion, 1},
    {u"97600", u"Mamoudzou", u"976", u"de Mayotte", u"CSS de Mayotte", u"DDPP / DDETSPP de Mayotte", u"de Mayotte", u"0269", u"0639", NameGroup::Mayotte, 1},
};
// clang-format on

struct NamePool
{
    std::array<QStringView, 12> women;
    std::array<QStringView, 12> men;
    std::array<QStringView, 16> lastNames;
};

// clang-format off
// Indexed by NameGroup.
inline constexpr NamePool namePools[nameGroupCount] = {
    // French
    {{u"Marie", u"Nathalie", u"Isabelle", u"Sylvie", u"Camille", u"Léa", u"Chloé", u"Manon", u"Sandrine", u"Christine", u"Élodie", u"Jeanne"},
     {u"Jean", u"Philippe", u"Michel", u"Nicolas", u"Julien", u"Thomas", u"Pierre", u"Alain", u"Lucas", u"Sébastien", u"Olivier", u"Bernard"},
     {u"Martin", u"Bernard", u"Dubois", u"Thomas", u"Robert", u"Richard", u"Petit", u"Durand", u"Leroy", u"Moreau", u"Simon", u"Laurent", u"Lefèvre", u"Michel", u"Garnier", u"Faure"}},
    // Maghreb
    {{u"Amina", u"Fatima", u"Yasmina", u"Nadia", u"Samira", u"Leïla", u"Khadija", u"Salma", u"Inès", u"Myriam", u"Karima", u"Nora"},
     {u"Mohamed", u"Karim", u"Youssef", u"Rachid", u"Mehdi", u"Nabil", u"Sofiane", u"Bilal", u"Hakim", u"Omar", u"Farid", u"Djamel"},
     {u"Benali", u"Haddad", u"Mansouri", u"Bensaïd", u"Cherif", u"Boudjema", u"Amrani", u"Belkacem", u"Zeroual", u"El Idrissi", u"Ouali", u"Meziane", u"Brahimi", u"Kaci", u"Hamidi", u"Saïdi"}},
    // WestAfrica
    {{u"Aïssatou", u"Fatoumata", u"Mariam", u"Awa", u"Kadiatou", u"Grâce", u"Bintou", u"Ramatoulaye", u"Adama", u"Rokia", u"Assa", u"Nafissatou"},
     {u"Mamadou", u"Moussa", u"Ibrahima", u"Souleymane", u"Cheikh", u"Boubacar", u"Serge", u"Abdoulaye", u"Ousmane", u"Lamine", u"Sékou", u"Idrissa"},
     {u"Diallo", u"Traoré", u"Koné", u"Camara", u"Ndiaye", u"Diop", u"Sissoko", u"Kouassi", u"Konaté", u"Touré", u"Bamba", u"Sow", u"Keïta", u"Coulibaly", u"Mbaye", u"Diarra"}},
    // SouthernEurope
    {{u"Ana", u"Maria", u"Sofia", u"Carla", u"Lucía", u"Rosa", u"Inês", u"Giulia", u"Paula", u"Teresa", u"Carmen", u"Beatriz"},
     {u"João", u"Manuel", u"Carlos", u"António", u"Paulo", u"Luca", u"José", u"Miguel", u"Rui", u"Marco", u"Sergio", u"Francisco"},
     {u"Da Silva", u"Pereira", u"Ferreira", u"Rodrigues", u"Fernandes", u"Gonçalves", u"Martins", u"Lopes", u"Garcia", u"Sanchez", u"Moreno", u"Rossi", u"Esposito", u"Carvalho", u"Teixeira", u"Ruiz"}},
    // EasternEurope
    {{u"Elena", u"Ioana", u"Natalia", u"Olga", u"Irina", u"Svetlana", u"Milena", u"Daria", u"Anastasia", u"Mihaela", u"Katarzyna", u"Vesna"},
     {u"Ion", u"Andrei", u"Dmitri", u"Vasile", u"Oleksandr", u"Marko", u"Nikola", u"Piotr", u"Bogdan", u"Sergueï", u"Florin", u"Goran"},
     {u"Popescu", u"Ionescu", u"Kowalski", u"Nowak", u"Petrov", u"Horvat", u"Kovalenko", u"Stoica", u"Dumitru", u"Ivanova", u"Mihailović", u"Constantin", u"Shevchenko", u"Wiśniewski", u"Radu", u"Petrović"}},
    // EastAsia
    {{u"Thi Lan", u"Mai", u"Linh", u"Mei", u"Yan", u"Hoa", u"Xiu", u"Thu", u"Ying", u"Ngoc", u"Jing", u"Huong"},
     {u"Minh", u"Duc", u"Wei", u"Jian", u"Tuan", u"Hao", u"Long", u"Quang", u"Bao", u"Jun", u"Khanh", u"Feng"},
     {u"Nguyen", u"Tran", u"Pham", u"Le", u"Chen", u"Wang", u"Zhang", u"Lin", u"Vo", u"Hoang", u"Liu", u"Huang", u"Dang", u"Zhou", u"Bui", u"Wu"}},
    // Turkey
    {{u"Elif", u"Zeynep", u"Ayşe", u"Derya", u"Emine", u"Hatice", u"Büşra", u"Melek", u"Sevgi", u"Gül", u"Esra", u"Dilan"},
     {u"Mehmet", u"Emre", u"Murat", u"Serkan", u"Hasan", u"Ali", u"Kemal", u"Burak", u"Ahmet", u"Yusuf", u"Deniz", u"Cem"},
     {u"Yılmaz", u"Demir", u"Kaya", u"Şahin", u"Aydın", u"Doğan", u"Öztürk", u"Çelik", u"Arslan", u"Koç", u"Kurt", u"Polat", u"Erdem", u"Aksoy", u"Güneş", u"Tekin"}},
    // SouthAsia
    {{u"Priya", u"Kavya", u"Anjali", u"Lakshmi", u"Meena", u"Nisha", u"Sangeetha", u"Divya", u"Farzana", u"Shirin", u"Tahmina", u"Roshni"},
     {u"Arun", u"Karthik", u"Ravi", u"Suresh", u"Vijay", u"Rahul", u"Imran", u"Tariq", u"Anwar", u"Sanjay", u"Kumar", u"Rajesh"},
     {u"Sivakumar", u"Rajan", u"Kandasamy", u"Selvarajah", u"Thavarajah", u"Ahmed", u"Rahman", u"Hossain", u"Khan", u"Singh", u"Patel", u"Sharma", u"Balasingam", u"Islam", u"Chowdhury", u"Murugan"}},
    // Antilles
    {{u"Marie-Josée", u"Ketty", u"Murielle", u"Sandrine", u"Laetitia", u"Maryse", u"Jocelyne", u"Nadège", u"Ingrid", u"Lucette", u"Régine", u"Marlène"},
     {u"Jean-Claude", u"Rudy", u"Teddy", u"Ludovic", u"Frédéric", u"Harry", u"Dominique", u"Max", u"Lucien", u"Jimmy", u"Patrice", u"Joël"},
     {u"Jean-Baptiste", u"Célestine", u"Bellance", u"Marie-Sainte", u"Lubin", u"Hilaire", u"Rosemain", u"Cadrot", u"Pierre-Louis", u"Lambourde", u"Nérée", u"Joseph", u"Alexis", u"Jean-Louis", u"Bordelais", u"Théodore"}},
    // Reunion
    {{u"Marie-Claire", u"Nathalie", u"Sabrina", u"Priscilla", u"Marie-Annick", u"Josiane", u"Mylène", u"Gaëlle", u"Noémie", u"Cindy", u"Jessica", u"Audrey"},
     {u"Jean-Marc", u"Teddy", u"Willy", u"Johnny", u"Jean-Hugues", u"Didier", u"Fabrice", u"Mickaël", u"Gilbert", u"Yannick", u"Dimitri", u"Cédric"},
     {u"Payet", u"Hoarau", u"Grondin", u"Fontaine", u"Técher", u"Rivière", u"Boyer", u"Maillot", u"Lebon", u"Nativel", u"Ramassamy", u"Vellayoudom", u"Hoareau", u"Robert", u"Lauret", u"Turpin"}},
    // Mayotte
    {{u"Zaïnaba", u"Anrifati", u"Mariama", u"Faouzia", u"Echati", u"Nasma", u"Roukia", u"Sitti", u"Zalhata", u"Hadidja", u"Moinécha", u"Anziza"},
     {u"Ahmed", u"Ali", u"Abdou", u"Saïd", u"Anli", u"Soilihi", u"Madi", u"Ibrahim", u"Houssaine", u"Chamsidine", u"Nassur", u"Kamardine"},
     {u"Madi", u"Saïd Ali", u"Abdallah", u"Attoumani", u"Combo", u"Houmadi", u"Ahamada", u"Soulaïmana", u"Boinali", u"Mohamed", u"Ousseni", u"Abdou", u"Chanfi", u"Youssouf", u"Bacar", u"Daoud"}},
};
// clang-format on

// Weights of the name groups among people living in metropolitan France (demo only).
inline constexpr int metropolitanNameWeights[nameGroupCount] = {40, 18, 12, 8, 7, 5, 5, 3, 2, 0, 0};

inline constexpr QStringView streetNames[] = {
    u"rue de la République", u"avenue Jean-Jaurès",   u"boulevard Victor-Hugo", u"rue Pasteur",
    u"place de la Mairie",   u"rue des Lilas",        u"allée des Tilleuls",    u"chemin des Vignes",
    u"rue du Marché",        u"avenue de la Gare",    u"rue des Écoles",        u"impasse des Roses",
    u"rue Voltaire",         u"cours Gambetta",       u"rue du Stade",          u"avenue des Platanes",
    u"rue de la Fontaine",   u"boulevard de la Paix", u"rue des Acacias",       u"rue du Moulin",
    u"rue Émile-Zola",       u"avenue de la Liberté", u"rue des Peupliers",     u"quai des Mariniers",
    u"rue Louise-Michel",    u"rue Jean-Moulin",      u"rue des Jardins",       u"place du Champ-de-Foire",
};

inline constexpr QStringView buildingPrefixes[] = {
    u"Bâtiment B, ", u"Résidence Les Cèdres, ", u"Escalier 3, ", u"Appartement 12, ", u"Chez M. et Mme Morel, ",
};

// Names given to practices, pharmacies and shops: "Pharmacie du Marché".
inline constexpr QStringView establishmentSuffixes[] = {
    u"du Marché",    u"de la Gare",  u"des Lilas",    u"du Centre", u"de la Mairie",
    u"du Parc",      u"de la Poste", u"des Tilleuls", u"du Port",   u"des Quatre-Chemins",
    u"de l'Église",  u"du Soleil",   u"des Arcades",  u"du Canal",  u"de la Croix-Blanche",
    u"des Remparts",
};

inline constexpr QStringView medicalSpecialties[] = {
    u"Médecine générale",
    u"Médecine générale",
    u"Médecine générale",
    u"Médecine générale",
    u"Médecine générale",
    u"Gynécologie médicale",
    u"Gynécologie obstétrique",
    u"Pédiatrie",
    u"Ophtalmologie",
    u"Dermatologie",
    u"Psychiatrie",
    u"Cardiologie",
    u"Oto-rhino-laryngologie",
    u"Rhumatologie",
    u"Radiologie",
    u"Gastro-entérologie",
};

inline constexpr QStringView otherProfessions[] = {
    u"Ostéopathe",
    u"Chiropracteur",
    u"Prothésiste dentaire",
    u"Podo-orthésiste",
};

inline constexpr QStringView frenchMonths[] = {
    u"janvier", u"février", u"mars",      u"avril",   u"mai",      u"juin",
    u"juillet", u"août",    u"septembre", u"octobre", u"novembre", u"décembre",
};

} // namespace saisine::demo
